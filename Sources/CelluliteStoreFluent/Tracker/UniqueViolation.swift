import FluentPostgresDriver
import FluentSQLiteDriver

/// Recognises the database refusing a row because it repeats a unique constraint's values, so the
/// store can answer with a domain error instead of checking first (which two requests can race).
///
/// Only the named constraint counts: a clash anywhere else (a repeated primary key, say) is a bug
/// and stays the driver's error.
struct UniqueViolation {
    /// The constraint's name, as PostgreSQL reports it.
    let constraint: String
    /// `table.column`, as SQLite reports it ("UNIQUE constraint failed: accounts.email"); SQLite
    /// does not name the constraint.
    let sqliteColumns: String

    func matches(_ error: any Error) -> Bool {
        switch error {
        case let error as PSQLError:
            // 23505 is unique_violation.
            error.serverInfo?[.sqlState] == "23505" && error.serverInfo?[.constraintName] == constraint
        case let error as SQLiteError:
            error.reason == .constraintUniqueFailed && error.message.hasSuffix(": \(sqliteColumns)")
        default:
            false
        }
    }
}
