import ArgumentParser
import CelluliteWeb
import Foundation

/// The `cellulite` command tree.
public struct CelluliteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cellulite",
        abstract: "Evidence-based cellulite advice: plans, treatments, products, answers and self-assessment.",
        subcommands: [
            PlanCommand.self, TreatmentsCommand.self, TreatmentCommand.self, ProductsCommand.self,
            AskCommand.self, AssessCommand.self, KnowledgeBaseCommand.self, ServeCommand.self,
            MigrateCommand.self, BackupCommand.self, RestoreCommand.self,
        ]
    )

    public init() {}
}

/// Runs the command line in-process and returns the exit code, so tests see exactly what a shell sees.
public enum CelluliteCLI {
    /// Before anything async runs: `serve` puts Swift Concurrency on the server's event loops
    /// (`WebServer.runConcurrencyOnEventLoops`). The other commands keep the default pool.
    public static func prepareThreads(for arguments: [String]) {
        if (try? CelluliteCommand.parseAsRoot(arguments)) is ServeCommand {
            WebServer.runConcurrencyOnEventLoops()
        }
    }

    public static func run(arguments: [String]) async -> Int32 {
        do {
            var command = try CelluliteCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let error as CLIError {
            CommandIO.err("cellulite: \(error.message)")
            return error.exitCode
        } catch {
            let code = CelluliteCommand.exitCode(for: error)
            if code == .success {
                // --help and --version print on stdout and succeed.
                CommandIO.out(CelluliteCommand.fullMessage(for: error))
                return 0
            }
            // Usage errors are bad input: one line on stderr, exit 2.
            let message =
                CelluliteCommand.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            CommandIO.err("cellulite: \(message)")
            return code == .validationFailure ? 2 : code.rawValue == 64 ? 2 : code.rawValue
        }
    }
}
