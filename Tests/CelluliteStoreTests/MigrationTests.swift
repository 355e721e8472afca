import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing

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
            let count = try await FluentSessionStore { database }.count()
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

    /// A session written through the store reads back with its data, on the migrated schema.
    private func assertSessionRoundTrip(on database: any Database) async throws {
        let store = FluentSessionStore { database }
        let key = "session-\(UUID().uuidString)"
        let expiry = Date(timeIntervalSinceNow: 3600)
        try await store.create(key: key, data: ["csrfToken": "abc123"], expiresAt: expiry)
        #expect(try await store.read(key: key, now: Date()) == ["csrfToken": "abc123"])

        // Keys are unique: a second row with the same key is refused.
        await #expect(throws: (any Error).self) {
            try await store.create(key: key, data: [:], expiresAt: expiry)
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
