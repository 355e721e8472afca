import FluentKit

/// The profile each account saved, at most one (the account id is the key), as its ARCHITECTURE
/// 3.2 JSON text: the plan is recomputed from it, so it follows the knowledge base.
public struct CreateProfiles: AsyncMigration {
    public static let schema = "profiles"

    public var name: String { "CreateProfiles" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field(
                "account_id", .uuid, .identifier(auto: false),
                .references(CreateAccounts.schema, .id, onDelete: .cascade)
            )
            .field("profile_json", .string, .required)
            .field("saved_at", .datetime, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
