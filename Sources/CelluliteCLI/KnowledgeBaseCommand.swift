import ArgumentParser
import CelluliteKit
import Foundation

/// `cellulite kb lint`: validates the knowledge base.
struct KnowledgeBaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Knowledge-base tools.", subcommands: [LintCommand.self])

    init() {}

    struct LintCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check every file: citations resolve, contract ids exist, ranges make sense.")

        @Option(help: "A knowledge-base directory to check instead of the bundled one.") var dir: String?

        init() {}

        mutating func run() async throws {
            let directory =
                dir.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? KnowledgeBaseLoader.bundledDirectory
            do {
                let base = try KnowledgeBaseLoader.load(from: directory)
                CommandIO.out(
                    "knowledge base OK: \(base.treatments.count) treatments, \(base.citations.count) citations, \(base.products.count) products, \(base.safetyRules.count) safety rules, \(base.faq.count) answers"
                )
            } catch {
                for problem in error.problems { CommandIO.out(problem.description) }
                throw CLIError.failure("knowledge base has \(error.problems.count) problem(s)")
            }
        }
    }
}
