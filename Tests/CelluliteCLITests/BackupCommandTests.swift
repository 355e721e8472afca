import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Foundation
import Logging
import Testing

@testable import CelluliteCLI

/// `cellulite migrate`, `backup` and `restore` on SQLite data directories, as a shell runs them:
/// what they print, their exit codes, and the photo key that travels with the archive.
@Suite("cellulite migrate, backup, restore")
struct BackupCommandTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func migrateAppliesEveryMigrationOnceThenSaysUpToDate() async throws {
        try await withDirectories { first, _ in
            let session = CommandSession()
            #expect(await session.run(["migrate", "--data-dir", first.path]) == 0)
            #expect(session.stdout.hasPrefix("Applied \(StoreMigrations.all.count) migrations to SQLite"))
            let again = CommandSession()
            #expect(await again.run(["migrate", "--data-dir", first.path]) == 0)
            #expect(again.stdout.contains("is up to date (\(StoreMigrations.all.count) migrations)"))
        }
    }

    @Test func aBackupRestoresIntoAnEmptyDataDirectoryWithItsPhotoKey() async throws {
        try await withDirectories { source, target in
            let account = try await Self.seed(source)
            let key = try ServerKey.load(.data, environment: [:], dataDirectory: source.path)
            let archive = source.appendingPathComponent("backup.zip")

            let backup = CommandSession()
            #expect(await backup.run(["backup", "--data-dir", source.path, archive.path]) == 0)
            #expect(backup.stdout == "Backed up 1 account, 2 check-ins, 0 photos to \(archive.path).\n")
            #expect(backup.stderr.isEmpty)

            let restore = CommandSession()
            #expect(await restore.run(["restore", "--data-dir", target.path, archive.path]) == 0)
            #expect(restore.stdout.hasPrefix("Restored 1 account, 2 check-ins, 0 photos into SQLite"))
            #expect(try ServerKey.existing(.data, environment: [:], dataDirectory: target.path) == key)
            let notes = try await Self.withStore(target) { store in try await store.checkIns(of: account).map(\.notes) }
            #expect(notes == ["first", "second"])
        }
    }

    @Test func restoreRefusesWithExitCode2AndWritesNothing() async throws {
        try await withDirectories { source, target in
            _ = try await Self.seed(source)
            _ = try ServerKey.load(.data, environment: [:], dataDirectory: source.path)
            let archive = source.appendingPathComponent("backup.zip")
            #expect(await CommandSession().run(["backup", "--data-dir", source.path, archive.path]) == 0)

            // Into the data it came from: it holds data.
            let occupied = CommandSession()
            #expect(await occupied.run(["restore", "--data-dir", source.path, archive.path]) == 2)
            #expect(occupied.stderr.contains("already holds data"))

            // With another photo key in place: its photos could not be read.
            _ = try ServerKey.load(.data, environment: [:], dataDirectory: target.path)
            let otherKey = CommandSession()
            #expect(await otherKey.run(["restore", "--data-dir", target.path, archive.path]) == 2)
            #expect(otherKey.stderr.contains("not the archive's"))
            #expect(!FileManager.default.fileExists(atPath: DatabaseSettings.defaultSQLitePath(in: target.path)))

            // Not an archive at all, and an archive cut short.
            let garbage = source.appendingPathComponent("garbage.zip")
            try Data("not a zip".utf8).write(to: garbage)
            let whole = try Data(contentsOf: archive)
            let truncated = source.appendingPathComponent("truncated.zip")
            try whole.prefix(whole.count / 2).write(to: truncated)
            for file in [garbage, truncated] {
                let session = CommandSession()
                #expect(await session.run(["restore", "--data-dir", target.path, file.path]) == 2)
                #expect(session.stderr.hasPrefix("cellulite: the archive cannot be read"))
            }
        }
    }

    @Test func aBackupOfNoDatabaseExits2AndWritesNoArchive() async throws {
        try await withDirectories { empty, _ in
            let archive = empty.appendingPathComponent("backup.zip")
            let session = CommandSession()
            #expect(await session.run(["backup", "--data-dir", empty.path, archive.path]) == 2)
            #expect(session.stderr.contains("there is no database to back up"))
            #expect(!FileManager.default.fileExists(atPath: archive.path))
            #expect(!FileManager.default.fileExists(atPath: DatabaseSettings.defaultSQLitePath(in: empty.path)))
        }
    }

    // MARK: - Helpers

    private func withDirectories(_ body: (URL, URL) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try await body(root.appendingPathComponent("source"), root.appendingPathComponent("target"))
    }

    /// An account with two check-ins, written the way the server writes them.
    static func seed(_ directory: URL) async throws -> Account.ID {
        try await withStore(directory) { store in
            let account = Account(id: Account.ID(UUID()), email: try Email("ana@example.org"), createdAt: now)
            try await store.create(StoredAccount(account: account, passwordHash: "$2b$12$not-a-real-hash"))
            for (offset, notes) in ["first", "second"].enumerated() {
                let checkIn = try CheckIn(
                    restoring: CheckIn.ID(UUID()), date: LocalDate(year: 2027, month: 1, day: 10 + offset)!,
                    input: .selfRating(level: 2), notes: notes, createdAt: now + Double(offset))
                try await store.createCheckIn(checkIn, of: account.id)
            }
            return account.id
        }
    }

    static func withStore<T: Sendable>(_ directory: URL, _ body: (any TrackerStore) async throws -> T) async throws -> T
    {
        let settings = try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path)
        var logger = Logger(label: "cellulite.cli-tests")
        logger.logLevel = .warning
        return try await StandaloneDatabase.with(settings, logger: logger) { database, migrator in
            _ = try await StoreMigrations.applyPending(migrator, settings: settings, logger: logger)
            return try await body(FluentTrackerStore { database })
        }
    }
}
