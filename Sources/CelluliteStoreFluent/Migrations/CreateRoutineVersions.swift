import FluentKit

/// The routine's versions: one per account and first day (`YYYY-MM-DD` text, which sorts as the
/// dates do), the routine as JSON. The unique pair is what a save of the same day replaces.
public struct CreateRoutineVersions: AsyncMigration {
    public static let schema = "routine_versions"
    public static let uniqueDay = "routine_versions_account_day_key"

    public var name: String { "CreateRoutineVersions" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("effective_from", .string, .required)
            .field("routine_json", .string, .required)
            .unique(on: "account_id", "effective_from", name: Self.uniqueDay)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
