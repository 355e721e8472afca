import FluentKit
import FluentSQL

/// Failed log-ins, one row per key ("account:<email>", "address:<ip>") and time. Keyed by text, not
/// by account, so an unknown email counts too and nothing here points at an account.
public struct CreateFailedLogins: AsyncMigration {
    public static let schema = "failed_logins"

    public var name: String { "CreateFailedLogins" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        // The rate limit's "failures of this key since then", and the purge of old ones.
        try await database.createIndex("failed_logins_key_time", on: Self.schema, columns: "key", "failed_at")
        try await database.createIndex("failed_logins_time", on: Self.schema, columns: "failed_at")
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
