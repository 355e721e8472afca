import CelluliteStoreFluent
import CelluliteWeb
import Logging

/// Runs `migrate`, `backup` and `restore` against the database and maps what can go wrong to
/// the exit codes of ARCHITECTURE 3.4: bad input (a damaged archive, a target that holds data, a
/// wrong key) is 2, a failure of the machine (an unreachable database) is 1.
enum DataOperation {
    static var logger: Logger {
        var logger = Logger(label: "cellulite.operations")
        logger.logLevel = .warning  // not a line per migration
        return logger
    }

    static func run<T>(_ name: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CLIError {
            throw error
        } catch let error as BackupError {
            throw error.isBadInput ? CLIError.badInput("\(error)") : CLIError.failure("\(name) failed: \(error)")
        } catch let error as ServerKey.LoadError {
            throw CLIError.badInput("\(error)")
        } catch {
            throw CLIError.failure("\(name) failed: \(String(reflecting: error))")
        }
    }
}
