import CelluliteKit
import Foundation

// Benchmarks and the ask evaluation. Run in release: `swift run -c release cellulite-bench all`.
let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "all"
let rest = Array(arguments.dropFirst())

do {
    switch command {
    case "plan": try PlanBenchmark.run()
    case "kb": try KnowledgeBaseBenchmark.run()
    case "ask-eval": try AskEvaluation.run(arguments: rest)
    case "all":
        try KnowledgeBaseBenchmark.run()
        try PlanBenchmark.run()
        try AskEvaluation.run(arguments: rest)
    default:
        FileHandle.standardError.write(Data("usage: cellulite-bench [plan|kb|ask-eval|all]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("cellulite-bench: \(error)\n".utf8))
    exit(1)
}
