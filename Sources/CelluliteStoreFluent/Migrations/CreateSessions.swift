import FluentKit

/// The server-side sessions table (used for CSRF tokens on forms).
///
/// Same shape as Fluent's `SessionRecord` (schema `_fluent_sessions`), so `app.sessions.use(.fluent)`
/// reads and writes it; written here so the project owns its migration history.
public struct CreateSessions: AsyncMigration {
    public static let schema = "_fluent_sessions"

    public var name: String { "CreateSessions" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .unique(on: "key")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
