import CelluliteStore
import FluentKit
import FluentSQL

/// How a SQLite file keeps what it acknowledged. Write-ahead logging, because a reader (a backup,
/// a page) then never blocks a writer and every commit is one append to the log; and SQLite's
/// default `synchronous = FULL`, kept on purpose: each commit waits for the log to reach the disk,
/// so neither a killed process nor a power cut loses a check-in the server has answered for.
/// (`NORMAL` would skip that wait and could lose the last commits to a power cut.) PostgreSQL
/// keeps its own defaults (`fsync` and `synchronous_commit` on), which promise the same.
public enum DatabaseDurability {
    /// Switches a SQLite file to write-ahead logging (a setting the file keeps); nothing to do for
    /// the other kinds. Returns the journal mode now in force.
    @discardableResult
    public static func prepare(_ database: any Database, settings: DatabaseSettings) async throws -> String? {
        guard case .sqliteFile = settings else { return nil }
        let sql = try database.sql
        let row = try await sql.raw("PRAGMA journal_mode = WAL").first()
        return try row?.decode(column: "journal_mode", as: String.self)
    }
}
