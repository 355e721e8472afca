import FluentKit

/// Sessions expire: the time after which a session is no longer read and is purged. Rows from
/// before this migration have none and are purged on the first run.
public struct AddSessionExpiry: AsyncMigration {
    public var name: String { "AddSessionExpiry" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(CreateSessions.schema).field("expires_at", .datetime).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(CreateSessions.schema).deleteField("expires_at").update()
    }
}
