import ArgumentParser
import CelluliteStore
import Foundation

/// Where the data is, as `serve`, `migrate`, `backup` and `restore` all take it: `--data-dir` for
/// the SQLite file and the key files, `DATABASE_URL` for another database.
struct DataLocation: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Where the SQLite database and the key files are kept.")
    var dataDirectory = DatabaseSettings.defaultDataDirectory

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    func database() throws -> DatabaseSettings {
        do {
            return try DatabaseSettings.fromEnvironment(environment, dataDirectory: dataDirectory)
        } catch {
            throw CLIError.badInput("\(error)")
        }
    }
}
