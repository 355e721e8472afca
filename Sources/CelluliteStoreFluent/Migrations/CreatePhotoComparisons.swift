import FluentKit

/// Blinded self-ratings: which photo was shown on which side, their dates (kept, so a result
/// outlives its photos: no foreign key to `photos`), and the answer once given.
public struct CreatePhotoComparisons: AsyncMigration {
    public static let schema = "photo_comparisons"

    public var name: String { "CreatePhotoComparisons" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("view", .string, .required)
            .field("left_photo_id", .uuid, .required)
            .field("left_date", .string, .required)
            .field("right_photo_id", .uuid, .required)
            .field("right_date", .string, .required)
            .field("created_at", .datetime, .required)
            .field("smoother", .string)
            .field("chosen_at", .datetime)
            .create()
        try await database.createIndex(
            "photo_comparisons_account", on: Self.schema, columns: "account_id", "created_at", "id")
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
