import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Logging
import NIOPosix
import Testing

/// On SQLite the app's writes queue for one connection of their own (`DatabaseHandles`), so two
/// of its own writes never meet in SQLite's lock, where the loser sleeps on SQLite's back-off.
@Suite struct SQLiteWriterTests {
    typealias Fixture = ContractFixture

    static var logger: Logger {
        var logger = Logger(label: "cellulite.sqlite-writer")
        logger.logLevel = .warning
        return logger
    }

    /// With every connection told not to wait at all for a lock (`busy_timeout = 0`), any two writes
    /// on different connections that overlap fail with "database is locked". Sixty-four writes at
    /// once, from three event loops, all land.
    @Test func concurrentWritesNeverMeetInSQLitesLock() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let settings = try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path)
        try settings.prepareStorage()
        try await StandaloneDatabase.with(settings, logger: Self.logger) { database, migrator in
            try await DatabaseDurability.prepare(database, settings: settings)
            _ = try await StoreMigrations.applyPending(migrator, settings: settings, logger: Self.logger)
        }

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 3)
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        try settings.register(in: databases)
        DatabaseHandles.register(settings, in: databases)
        let handles = DatabaseHandles.on(databases, settings: settings, group: group, logger: Self.logger)
        var connections = group.makeIterator().map { databases.database(logger: Self.logger, on: $0) }
        connections.append(handles.writer())
        for database in connections {
            try await (try #require(database) as! any SQLDatabase).raw("PRAGMA busy_timeout = 0").run()
        }

        let store = FluentTrackerStore(handles)
        let outcome: Result<(written: [CheckIn], stored: [CheckIn]), any Error>
        do {
            let account = try await Fixture.createAccount(in: store)
            let written = try await withThrowingTaskGroup(of: CheckIn.self) { tasks in
                for day in 0..<64 {
                    tasks.addTask {
                        let checkIn = try Fixture.checkIn(on: Fixture.day(-day))
                        try await store.createCheckIn(checkIn, of: account)
                        return checkIn
                    }
                }
                var written: [CheckIn] = []
                for try await checkIn in tasks { written.append(checkIn) }
                return written
            }
            outcome = .success((written, try await store.checkIns(of: account)))
        } catch {
            outcome = .failure(error)
        }
        // Closed whatever happened: the pools must be shut down before they go.
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        let (written, stored) = try outcome.get()
        #expect(Set(stored.map(\.id)) == Set(written.map(\.id)))
        #expect(stored.count == 64)
    }
}
