import FluentKit

/// The ticked days: one row per account and date (`YYYY-MM-DD`), the done treatments as a JSON
/// list. The unique pair is the account+date lookup and what a new tick of that day replaces.
public struct CreateRoutineDays: AsyncMigration {
    public static let schema = "routine_days"
    public static let uniqueDay = "routine_days_account_date_key"

    public var name: String { "CreateRoutineDays" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("date", .string, .required)
            .field("done_json", .string, .required)
            .unique(on: "account_id", "date", name: Self.uniqueDay)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
