import CelluliteStore
import Foundation

/// Everything `configure` needs to know, as one value: the CLI builds it from flags and the
/// environment, tests build `.testing`.
public struct WebSettings: Sendable, Hashable {
    public var hostname: String
    public var port: Int
    public var database: DatabaseSettings
    public var security: SecuritySettings
    /// Today's date for date answers (the plan's event date); tests fix it.
    public var clock: WebClock
    /// Whether start-up applies pending migrations; when false, it refuses to start while any are.
    public var migratesOnStart = true

    public static let defaultHostname = "127.0.0.1"
    public static let defaultPort = 8080

    public init(
        hostname: String = defaultHostname, port: Int = defaultPort,
        database: DatabaseSettings, security: SecuritySettings = SecuritySettings(),
        clock: WebClock = .system
    ) {
        self.hostname = hostname
        self.port = port
        self.database = database
        self.security = security
        self.clock = clock
    }

    /// In-memory SQLite; nothing touches the disk. bcrypt at its lowest cost, so tests stay fast.
    public static var testing: WebSettings {
        WebSettings(database: .sqliteMemory, security: SecuritySettings(passwordHashCost: 4))
    }

    /// The address people open in a browser.
    public var baseURL: String {
        let host = hostname.contains(":") ? "[\(hostname)]" : hostname
        return "http://\(host):\(port)"
    }
}
