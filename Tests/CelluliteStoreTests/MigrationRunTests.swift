import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Logging
import NIOPosix
import Testing

/// How the app applies its migrations: once, however many processes start together, and from a
/// durable SQLite file.
@Suite struct MigrationRunTests {
    static let postgresURL = ProcessInfo.processInfo.environment["CELLULITE_TEST_POSTGRES_URL"]

    static var logger: Logger {
        var logger = Logger(label: "cellulite.migration-run")
        logger.logLevel = .warning
        return logger
    }

    /// Four servers starting on one empty PostgreSQL database take turns: one applies every
    /// migration, the others find nothing left, and Fluent's log has each migration once.
    @Test(.enabled(if: postgresURL != nil, "set CELLULITE_TEST_POSTGRES_URL to test PostgreSQL"))
    func serversStartingTogetherApplyEachMigrationOnce() async throws {
        try await withEmptyPostgresDatabase { settings in
            let runs = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await StandaloneDatabase.with(settings, logger: Self.logger) { _, migrator in
                            try await StoreMigrations.applyPending(migrator, settings: settings, logger: Self.logger)
                        }
                    }
                }
                var runs: [[String]] = []
                for try await applied in group { runs.append(applied) }
                return runs
            }
            #expect(runs.filter(\.isEmpty).count == 3)
            #expect(runs.first { !$0.isEmpty } == StoreMigrations.all.map(\.name))
            let logged = try await StandaloneDatabase.with(settings, logger: Self.logger) { database, _ in
                try await MigrationLog.query(on: database).all().map(\.name)
            }
            #expect(logged.sorted() == StoreMigrations.all.map(\.name).sorted())
        }
    }

    @Test func pendingNamesEveryMigrationOnAnEmptyDatabaseAndNoneOnceApplied() async throws {
        try await withSQLiteFile { settings in
            try await StandaloneDatabase.with(settings, logger: Self.logger) { database, migrator in
                #expect(try await StoreMigrations.pending(on: database) == StoreMigrations.all.map(\.name))
                let applied = try await StoreMigrations.applyPending(migrator, settings: settings, logger: Self.logger)
                #expect(applied == StoreMigrations.all.map(\.name))
                #expect(try await StoreMigrations.pending(on: database).isEmpty)
                #expect(
                    try await StoreMigrations.applyPending(migrator, settings: settings, logger: Self.logger).isEmpty)
            }
        }
    }

    /// Write-ahead logging, which the file keeps, and SQLite's default FULL sync on every commit.
    @Test func aSQLiteFileWritesAheadAndSyncsEveryCommit() async throws {
        try await withSQLiteFile { settings in
            try await StandaloneDatabase.with(settings, logger: Self.logger) { database, _ in
                let sql = database as! any SQLDatabase
                let journal = try await sql.raw("PRAGMA journal_mode").first()
                #expect(try journal?.decode(column: "journal_mode", as: String.self) == "wal")
                // 2 is FULL: the log is synced before a commit returns.
                let synchronous = try await sql.raw("PRAGMA synchronous").first()
                #expect(try synchronous?.decode(column: "synchronous", as: Int.self) == 2)
            }
        }
    }

    /// Every pooled connection (one per event loop, and the writer's) waits for another process's
    /// write by sleeping, not by the spinning retry sqlite-nio opens it with: SQLite reports the
    /// timeout it was given.
    @Test func everySQLiteConnectionWaitsForABusyLockWithATimeout() async throws {
        try await withSQLiteFile { settings in
            try settings.prepareStorage()
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 3)
            let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
            try settings.register(in: databases)
            DatabaseHandles.register(settings, in: databases)
            try await DatabaseDurability.waitWhenBusy(databases, settings: settings, on: group, logger: Self.logger)
            var connections = group.makeIterator().map { databases.database(logger: Self.logger, on: $0) }
            connections.append(
                DatabaseHandles.on(databases, settings: settings, group: group, logger: Self.logger).writer())
            var timeouts: [Int] = []
            for database in connections {
                let sql = try #require(database) as! any SQLDatabase
                let row = try await sql.raw("PRAGMA busy_timeout").first()
                timeouts.append(try row?.decode(column: "timeout", as: Int.self) ?? -1)
            }
            await databases.shutdownAsync()
            try await group.shutdownGracefully()
            #expect(timeouts == [Int](repeating: DatabaseDurability.busyTimeoutMilliseconds, count: 4))
        }
    }

    private func withSQLiteFile(_ body: (DatabaseSettings) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path))
    }

    /// A database of its own on the test server, dropped afterwards.
    private func withEmptyPostgresDatabase(_ body: (DatabaseSettings) async throws -> Void) async throws {
        let server = try DatabaseSettings(databaseURL: Self.postgresURL)
        let name = "migration_run_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let url = try #require(Self.postgresURL)
        var components = try #require(URLComponents(string: url))
        components.path = "/" + name
        let settings = try DatabaseSettings(databaseURL: try #require(components.string))
        try await StandaloneDatabase.with(server, logger: Self.logger) { database, _ in
            try await (database as! any SQLDatabase).raw("CREATE DATABASE \(ident: name)").run()
        }
        var failure: (any Error)?
        do { try await body(settings) } catch { failure = error }
        try await StandaloneDatabase.with(server, logger: Self.logger) { database, _ in
            try await (database as! any SQLDatabase).raw("DROP DATABASE \(ident: name) WITH (FORCE)").run()
        }
        if let failure { throw failure }
    }
}
