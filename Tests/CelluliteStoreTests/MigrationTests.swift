import CelluliteStore
import Fluent
import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
import Vapor

/// Migrations must apply on SQLite always and on PostgreSQL when CELLULITE_TEST_POSTGRES_URL is set.
@Suite(.serialized) struct MigrationTests {
    static let postgresURL = ProcessInfo.processInfo.environment["CELLULITE_TEST_POSTGRES_URL"]

    @Test func migrationsApplyAndRevertOnSQLiteInMemory() async throws {
        try await withMigratedDatabase(.sqliteMemory) { database in
            try await assertSessionRoundTrip(on: database)
        }
    }

    @Test func migrationsApplyToASQLiteFileAndSurviveAReopen() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let settings = try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path)
        try await withMigratedDatabase(settings, revert: false) { database in
            try await assertSessionRoundTrip(on: database)
        }
        // Second run: nothing left to migrate, data still there.
        try await withMigratedDatabase(settings) { database in
            let count = try await SessionRecord.query(on: database).count()
            #expect(count == 1)
        }
    }

    @Test(.enabled(if: postgresURL != nil, "set CELLULITE_TEST_POSTGRES_URL to test PostgreSQL"))
    func migrationsApplyAndRevertOnPostgreSQL() async throws {
        let settings = try DatabaseSettings(databaseURL: Self.postgresURL)
        try await withMigratedDatabase(settings) { database in
            try await assertSessionRoundTrip(on: database)
        }
    }

    @Test func migrationNamesAreUniqueAndStable() {
        let names = StoreMigrations.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.first == "CreateSessions")
    }

    /// A session row written through Fluent's own `SessionRecord` (what `app.sessions.use(.fluent)`
    /// uses) reads back with its data.
    private func assertSessionRoundTrip(on database: any Database) async throws {
        let key = SessionID(string: "session-\(UUID().uuidString)")
        try await SessionRecord(key: key, data: SessionData(initialData: ["csrfToken": "abc123"])).create(on: database)
        let found = try await SessionRecord.query(on: database).filter(\.$key == key).first()
        #expect(found?.data["csrfToken"] == "abc123")

        // Keys are unique: a second row with the same key is refused.
        await #expect(throws: (any Error).self) {
            try await SessionRecord(key: key, data: SessionData()).create(on: database)
        }
    }
}

/// Opens `settings`' database, runs every migration, hands it to `body`, then reverts them all
/// (unless told not to) and closes it.
func withMigratedDatabase(
    _ settings: DatabaseSettings, revert: Bool = true, _ body: (any Database) async throws -> Void
) async throws {
    try settings.prepareStorage()
    let eventLoopGroup = MultiThreadedEventLoopGroup.singleton
    let databases = Databases(threadPool: NIOThreadPool.singleton, on: eventLoopGroup)
    try settings.register(in: databases)
    let migrations = Migrations()
    StoreMigrations.register(in: migrations)
    let logger = Logger(label: "cellulite.store.tests")
    let eventLoop = eventLoopGroup.any()
    let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
    do {
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        let database = databases.database(logger: logger, on: eventLoop)!
        try await body(database)
        if revert {
            try await migrator.revertAllBatches().get()
        }
    } catch {
        await databases.shutdownAsync()
        throw error
    }
    await databases.shutdownAsync()
}
