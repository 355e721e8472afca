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

    /// How long a SQLite write waits for another connection's write to finish before it fails.
    public static let busyTimeoutMilliseconds = 10_000

    /// Gives each pooled SQLite connection (one per event loop, and the writer's of
    /// `DatabaseHandles`) SQLite's own busy timeout, which sleeps between tries (1, 2, 5 … ms).
    /// sqlite-nio opens connections with a busy handler that retries at once, for ever: profiled
    /// under check-in writes from 32 clients, the connection waiting for the other's commit to
    /// reach the disk spun a core (two thirds of SQLite's time). The server's own writes no longer
    /// meet, but another process (a backup, `migrate`) can still hold the lock. The pools keep
    /// their connections, so this holds for the server's life; a connection opened later only
    /// spins again. Nothing to do for PostgreSQL, whose locks wait without spinning.
    public static func waitWhenBusy(
        _ databases: Databases, settings: DatabaseSettings, on group: any EventLoopGroup, logger: Logger
    ) async throws {
        guard case .sqliteFile = settings else { return }
        var connections = group.makeIterator().map { databases.database(settings.databaseID, logger: logger, on: $0) }
        connections.append(DatabaseHandles.on(databases, settings: settings, group: group, logger: logger).writer())
        for database in connections.compactMap({ $0 }) {
            try await database.sql.raw("PRAGMA busy_timeout = \(literal: busyTimeoutMilliseconds)").run()
        }
    }
}
