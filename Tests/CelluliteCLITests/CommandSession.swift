import Foundation
import Testing

@testable import CelluliteCLI

/// Captures what a command prints and feeds it scripted answers.
final class CommandSession: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var answers: [String]
    private(set) var questionsRead = 0

    init(answers: [String] = []) { self.answers = answers }

    var stdout: String { lock.withLock { out } }
    var stderr: String { lock.withLock { err } }
    var unusedAnswers: [String] { lock.withLock { answers } }

    func io(interactive: Bool) -> CommandIO {
        CommandIO(
            writeOut: { text in self.lock.withLock { self.out += text } },
            writeErr: { text in self.lock.withLock { self.err += text } },
            readLine: {
                self.lock.withLock {
                    guard !self.answers.isEmpty else { return nil }
                    self.questionsRead += 1
                    return self.answers.removeFirst()
                }
            },
            isInteractive: interactive)
    }

    func run(_ arguments: [String], interactive: Bool = false) async -> Int32 {
        await CommandIO.$current.withValue(io(interactive: interactive)) {
            await CelluliteCLI.run(arguments: arguments)
        }
    }

    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any])
    }
}
