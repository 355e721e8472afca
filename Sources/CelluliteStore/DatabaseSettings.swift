import Foundation

/// Where the app keeps its data, decided once from `DATABASE_URL` and the data directory.
///
/// - absent, empty, or `sqlite:///path` → a SQLite file (default `<data-dir>/cellulite.sqlite`);
/// - `postgres://…` or `postgresql://…` → PostgreSQL;
/// - `:memory:` or `sqlite::memory:` → an in-memory SQLite database (tests).
public enum DatabaseSettings: Sendable, Hashable {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    public static let defaultDataDirectory = "./data"
    public static let sqliteFileName = "cellulite.sqlite"

    public init(databaseURL: String?, dataDirectory: String = defaultDataDirectory) throws(DatabaseSettingsError) {
        let url = databaseURL?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if url.isEmpty {
            self = .sqliteFile(path: Self.defaultSQLitePath(in: dataDirectory))
        } else if url == ":memory:" || url == "sqlite::memory:" || url == "sqlite://:memory:" {
            self = .sqliteMemory
        } else if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(url: url)
        } else if url.hasPrefix("sqlite://") {
            // sqlite:///abs/path keeps its leading slash; sqlite://rel/path is relative to the working directory.
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw .invalid("DATABASE_URL 'sqlite://' names no file") }
            self = .sqliteFile(path: path)
        } else {
            throw .invalid("DATABASE_URL must start with postgres://, postgresql:// or sqlite://")
        }
    }

    /// Reads `DATABASE_URL` from the process environment.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        dataDirectory: String = defaultDataDirectory
    ) throws(DatabaseSettingsError) -> DatabaseSettings {
        try DatabaseSettings(databaseURL: environment["DATABASE_URL"], dataDirectory: dataDirectory)
    }

    public static func defaultSQLitePath(in dataDirectory: String) -> String {
        URL(fileURLWithPath: dataDirectory, isDirectory: true).appendingPathComponent(sqliteFileName).path
    }

    /// Where the data lives, for people: never prints a password.
    public var location: String {
        switch self {
        case .sqliteFile(let path): "SQLite \(URL(fileURLWithPath: path).standardizedFileURL.path)"
        case .sqliteMemory: "SQLite (in memory)"
        case .postgres: "PostgreSQL (DATABASE_URL)"
        }
    }

    /// Which database engine, by name.
    public var kindName: String {
        switch self {
        case .sqliteFile, .sqliteMemory: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// Creates the SQLite file's directory on first run; nothing to do for the other kinds.
    public func prepareStorage() throws(DatabaseSettingsError) {
        guard case .sqliteFile(let path) = self else { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .invalid("cannot create the data directory \(directory.path): \(error.localizedDescription)")
        }
    }
}

public enum DatabaseSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
