import FluentKit
import FluentSQL

/// Check-ins: the date (`YYYY-MM-DD`), the answers as `AssessmentInput` JSON (re-scored when read,
/// so a scale's scoring lives in one place), the notes and when it was recorded.
public struct CreateCheckIns: AsyncMigration {
    public static let schema = "check_ins"

    public var name: String { "CreateCheckIns" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("account_id", .uuid, .required, .references(CreateAccounts.schema, .id, onDelete: .cascade))
            .field("date", .string, .required)
            .field("assessment_json", .string, .required)
            .field("notes", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // An account's check-ins in the order they are listed.
        try await database.createIndex(
            "check_ins_account_date", on: Self.schema, columns: "account_id", "date", "created_at")
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
