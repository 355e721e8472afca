import ArgumentParser
import CelluliteKit
import Foundation

/// `cellulite ask "QUESTION" [--json]`: answers from the knowledge base's FAQ, with sources.
/// No answer is a valid answer: outside what the knowledge base covers it says so and exits 0.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question about cellulite from the knowledge base, with sources.",
        discussion: """
            Ask in your own words, for example:
              cellulite ask "why are my thighs lumpy"
              cellulite ask "does fake tan hide it"
              cellulite ask "what happened to that cellulite injection" --json
            With --json it prints {"question": ..., "answers": [{"topic", "answer", "evidence", "citations", \
            "score", ...}]}, best first; "answers" is empty when the question is outside what the \
            knowledge base covers.
            """)

    @Argument(help: "Your question, in quotes.") var question: String

    @Flag(help: "Print the answers as JSON.") var json = false

    init() {}

    mutating func run() async throws {
        let asked = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !asked.isEmpty else {
            throw CLIError.badInput("ask needs a question, e.g. cellulite ask \"does retinol help cellulite?\"")
        }
        let base = try KnowledgeBaseLoader.loadForCommand()
        let result = Answerer(knowledgeBase: base).answer(asked)
        if json {
            CommandIO.out(try JSONOutput.string(result))
        } else {
            CommandIO.out(AnswerFormatter.text(for: result, knowledgeBase: base))
        }
    }
}
