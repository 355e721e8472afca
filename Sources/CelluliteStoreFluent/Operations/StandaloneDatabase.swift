import CelluliteStore
import FluentKit
import Logging
import NIOPosix

/// The app's database opened outside a server, for `cellulite migrate`, `backup` and `restore`:
/// the same settings, durability and migrations `serve` uses.
public enum StandaloneDatabase {
    /// Opens the database `settings` names, hands it and its migrator to `body`, and closes it
    /// whether or not `body` threw.
    public static func with<T: Sendable>(
        _ settings: DatabaseSettings, logger: Logger,
        _ body: (_ database: any Database, _ migrator: Migrator) async throws -> T
    ) async throws -> T {
        try settings.prepareStorage()
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: eventLoop)
        try settings.register(in: databases)
        let migrations = Migrations()
        StoreMigrations.register(in: migrations)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
        let database = databases.database(logger: logger, on: eventLoop)!
        do {
            try await DatabaseDurability.prepare(database, settings: settings)
            let result = try await body(database, migrator)
            await databases.shutdownAsync()
            return result
        } catch {
            await databases.shutdownAsync()
            throw error
        }
    }
}
