import FluentKit

/// Progress photos' facts: the view, the day taken, the check-in they belong to (if any) and the
/// stored image's size. The images themselves are in `photo_images`, so listing reads no pixels.
public struct CreatePhotos: AsyncMigration {
    public static let schema = "photos"

    public var name: String { "CreatePhotos" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("view", .string, .required)
            .field("date", .string, .required)
            .field("check_in_id", .uuid, .references(CreateCheckIns.schema, .id, onDelete: .cascade))
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        // An account's photos in the order they are listed.
        try await database.createIndex(
            "photos_account_list_order", on: Self.schema, columns: "account_id", "date", "created_at", "id")
        // A check-in's photos, found when it is deleted.
        try await database.createIndex("photos_check_in", on: Self.schema, columns: "check_in_id")
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
