import FluentKit
import FluentSQL

/// API bearer tokens, kept only as their SHA-256 hash (the primary key, which is the sign-in
/// lookup), with their expiry. They go with their account.
public struct CreateTokens: AsyncMigration {
    public static let schema = "api_tokens"

    public var name: String { "CreateTokens" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("hash", .string, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        // Ending an account's other tokens, the cascade, and the purge of expired ones.
        try await database.createIndex("api_tokens_account", on: Self.schema, columns: "account_id")
        try await database.createIndex("api_tokens_expires_at", on: Self.schema, columns: "expires_at")
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
