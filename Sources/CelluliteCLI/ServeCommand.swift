import ArgumentParser
import CelluliteStore
import CelluliteWeb
import Foundation

/// `cellulite serve`: the web app, until interrupted (Ctrl-C or SIGTERM).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and JSON API.",
        discussion: """
            Data goes to a SQLite file under --data-dir, or to PostgreSQL when the environment \
            variable DATABASE_URL is a postgres:// URL (sqlite:///path names another SQLite file). \
            Forms are signed with CELLULITE_SECRET_KEY (32 bytes, base64), or with a key created in \
            --data-dir on first start; photos are encrypted with CELLULITE_DATA_KEY (32 bytes, \
            base64), or with data.key created there likewise. Servers that share one PostgreSQL \
            must share both variables.
            """
    )

    @Option(help: "The address to listen on.")
    var hostname = WebSettings.defaultHostname

    @Option(help: "The port to listen on (1–65535).")
    var port = WebSettings.defaultPort

    @OptionGroup var location: DataLocation

    @Flag(
        name: .customLong("no-migrate"),
        help: "Do not apply pending migrations on start (run cellulite migrate); refuse to start while any are pending."
    )
    var skipsMigrations = false

    @Flag(
        name: .customLong("trust-proxy"),
        help: "Behind a TLS proxy that sets X-Forwarded-Proto: trust it (Secure cookies, HSTS).")
    var trustsProxy = false

    func validate() throws {
        guard (1...65535).contains(port) else {
            throw ValidationError("--port must be from 1 to 65535 (got \(port))")
        }
        guard !hostname.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--hostname must not be empty")
        }
    }

    func run() async throws {
        let settings = try webSettings()
        do {
            try await WebServer.run(settings: settings) {
                CommandIO.out("Cellulite Advisor: data in \(settings.database.location)")
                CommandIO.out("Listening on \(settings.baseURL) (Ctrl-C to stop)")
            }
        } catch {
            throw CLIError.failure("serve failed: \(error)")
        }
    }

    func webSettings() throws -> WebSettings {
        do {
            let environment = location.environment
            let dataDirectory = location.dataDirectory
            let database = try location.database()
            var security = SecuritySettings()
            security.trustsForwardedProto = trustsProxy
            security.secretKey = try ServerKey.load(.signing, environment: environment, dataDirectory: dataDirectory)
            security.dataKey = try ServerKey.load(.data, environment: environment, dataDirectory: dataDirectory)
            var settings = WebSettings(hostname: hostname, port: port, database: database, security: security)
            settings.migratesOnStart = !skipsMigrations
            return settings
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.badInput("\(error)")
        }
    }
}
