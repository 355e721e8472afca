import ArgumentParser
import CelluliteStoreFluent

/// `cellulite migrate`: brings the schema up to date, as `serve` does on start.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the database's pending migrations.",
        discussion: """
            The database is the one serve uses (--data-dir, DATABASE_URL). Safe to run while servers \
            start: on PostgreSQL they take turns, so each migration runs once.
            """
    )

    @OptionGroup var location: DataLocation

    func run() async throws {
        let settings = try location.database()
        let applied = try await DataOperation.run("migrate") {
            try await StandaloneDatabase.with(settings, logger: DataOperation.logger) { _, migrator in
                try await StoreMigrations.applyPending(migrator, settings: settings, logger: DataOperation.logger)
            }
        }
        if applied.isEmpty {
            CommandIO.out("\(settings.location) is up to date (\(StoreMigrations.all.count) migrations).")
        } else {
            CommandIO.out(
                "Applied \(applied.count) migrations to \(settings.location): \(applied.joined(separator: ", ")).")
        }
    }
}
