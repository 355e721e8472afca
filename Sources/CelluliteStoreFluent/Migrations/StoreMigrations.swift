import CelluliteStore
import FluentKit
import FluentSQL
import Logging

/// Every migration, in the order it was written. Append only: never edit, reorder or remove an
/// entry that has shipped; a change to a table is a new migration at the end.
public enum StoreMigrations {
    public static var all: [any Migration] {
        [
            CreateSessions(),
            AddSessionExpiry(),
            CreateAccounts(),
            CreateTokens(),
            CreateFailedLogins(),
            CreateProfiles(),
            CreateRoutineVersions(),
            CreateRoutineDays(),
            CreateCheckIns(),
            IndexCheckInsInListOrder(),
            CreatePhotos(),
            CreatePhotoImages(),
            CreatePhotoComparisons(),
        ]
    }

    /// Adds them all to `migrations`, for the database `id` (the default one when nil).
    public static func register(in migrations: Migrations, on id: DatabaseID? = nil) {
        migrations.add(all, to: id)
    }

    /// Applies every migration not applied yet and returns their names, in order. On PostgreSQL the
    /// servers and commands that start together take turns on an advisory lock, so each migration
    /// runs once and nobody serves a half-migrated schema.
    public static func applyPending(
        _ migrator: Migrator, settings: DatabaseSettings, logger: Logger
    ) async throws -> [String] {
        try await MigrationLock.holding(for: settings, logger: logger) {
            try await migrator.setupIfNeeded().get()
            let pending = try await migrator.previewPrepareBatch().get().map { migration, _ in migration.name }
            try await migrator.prepareBatch().get()
            return pending
        }
    }

    /// The names of the migrations not applied yet; every one of them when the database has no
    /// schema at all. Writes nothing, for `serve --no-migrate`.
    public static func pending(on database: any Database) async throws -> [String] {
        let applied = try await appliedNames(on: database)
        return all.map(\.name).filter { !applied.contains($0) }
    }

    /// The applied migrations in the order they were written; any this version does not know (a
    /// newer version applied them) at the end.
    static func appliedInOrder(on database: any Database) async throws -> [String] {
        let applied = try await appliedNames(on: database)
        let known = all.map(\.name)
        return known.filter(applied.contains) + applied.subtracting(known).sorted()
    }

    /// What Fluent recorded as applied, from its log table (absent before the first migration).
    static func appliedNames(on database: any Database) async throws -> Set<String> {
        guard try await hasMigrationLog(on: database) else { return [] }
        return Set(try await MigrationLog.query(on: database).all().map(\.name))
    }

    private static func hasMigrationLog(on database: any Database) async throws -> Bool {
        let sql = try database.sql
        let query: SQLQueryString =
            sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: MigrationLog.schema)"
            : "SELECT to_regclass(\(bind: MigrationLog.schema))::text AS name"
        guard let row = try await sql.raw(query).first() else { return false }
        return try !row.decodeNil(column: "name")
    }
}
