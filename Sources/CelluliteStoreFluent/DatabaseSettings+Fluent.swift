import CelluliteStore
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver

extension DatabaseSettings {
    /// The Fluent id the database is registered under.
    public var databaseID: DatabaseID {
        switch self {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .psql
        }
    }

    public func configurationFactory() throws(DatabaseSettingsError) -> DatabaseConfigurationFactory {
        switch self {
        case .sqliteFile(let path):
            return .sqlite(.file(path))
        case .sqliteMemory:
            return .sqlite(.memory)
        case .postgres(let url):
            do {
                return try .postgres(url: url)
            } catch {
                // The URL may hold a password: name the problem, not the URL.
                throw .invalid("DATABASE_URL is not a valid PostgreSQL URL")
            }
        }
    }

    /// Registers the database as the default one of `databases`.
    public func register(in databases: Databases) throws(DatabaseSettingsError) {
        databases.use(try configurationFactory(), as: databaseID, isDefault: true)
    }
}
