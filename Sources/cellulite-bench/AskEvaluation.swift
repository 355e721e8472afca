import CelluliteKit
import Foundation

/// `cellulite-bench ask-eval [PATH] [--verbose]`: top-1 and top-3 topic accuracy, out-of-scope
/// rejection and mean time per answer for the lay-language answerer and the plain BM25 baseline, on
/// the same eval set, reported separately for its tuning part and its held-out part.
enum AskEvaluation {
    static func run(arguments: [String]) throws {
        if let flag = arguments.firstIndex(of: "--explain") {
            // `ask-eval --explain "QUESTION" ...`: how each question is understood, for tuning.
            let answerer = Answerer(knowledgeBase: try KnowledgeBaseLoader.bundled())
            for question in arguments[(flag + 1)...] {
                print("\(question)\n\(answerer.explanation(for: question))\n")
                print(
                    AnswerFormatter.text(for: answerer.answer(question), knowledgeBase: answerer.knowledgeBase) + "\n")
            }
            return
        }
        let path = arguments.first { !$0.hasPrefix("-") } ?? "eval/ask-eval.json"
        let set = try AskEvaluationSet.load(from: URL(fileURLWithPath: path))
        let knowledgeBase = try KnowledgeBaseLoader.bundled()
        let answerer = Answerer(knowledgeBase: knowledgeBase)
        var built = 0
        let buildTime = Stopwatch.measure(iterations: 20) {
            built &+= Answerer(knowledgeBase: knowledgeBase).answer("cellulite").answers.count
        }
        let baseline = BaselineAnswerer(knowledgeBase: knowledgeBase)
        let verbose = arguments.contains("--verbose") || arguments.contains("-v")

        print("ask evaluation: \(path); \(knowledgeBase.faq.count) FAQ entries")
        var sink = built
        let parts: [(name: String, cases: [AskEvaluationCase])] = [
            ("tuning part (cases)", set.cases), ("held-out part (heldOut, never tuned on)", set.heldOut),
        ]
        for part in parts where !part.cases.isEmpty {
            let mine = AskEvaluator.evaluate(part.cases) { answerer.answer($0) }
            let base = AskEvaluator.evaluate(part.cases) { baseline.answer($0) }
            let questions = part.cases.map(\.question)
            let rounds = 200
            let mineTime =
                Stopwatch.measure(iterations: rounds) {
                    for question in questions { sink &+= answerer.answer(question).answers.count }
                } / Double(questions.count)
            let baseTime =
                Stopwatch.measure(iterations: rounds) {
                    for question in questions { sink &+= baseline.answer(question).answers.count }
                } / Double(questions.count)

            print("\n\(part.name): \(mine.inScopeCount) in scope, \(mine.outOfScopeCount) out of scope")
            print(row("", "answerer", "baseline", "gain"))
            print(
                row(
                    "top-1 accuracy", percent(mine.top1Accuracy), percent(base.top1Accuracy),
                    gain(mine.top1Accuracy, base.top1Accuracy)))
            print(
                row(
                    "top-3 accuracy", percent(mine.top3Accuracy), percent(base.top3Accuracy),
                    gain(mine.top3Accuracy, base.top3Accuracy)))
            print(
                row(
                    "out-of-scope rejection", percent(mine.rejectionRate), percent(base.rejectionRate),
                    gain(mine.rejectionRate, base.rejectionRate)))
            print(
                row(
                    "mean time per answer", String(format: "%.1f µs", mineTime * 1e6),
                    String(format: "%.1f µs", baseTime * 1e6), ""))
            if verbose {
                for (name, report) in [("answerer", mine), ("baseline", base)] {
                    print("\n\(name) top-1 misses (\(report.top1Misses.count)):")
                    report.top1Misses.forEach { print("  \($0)") }
                    print("\(name) out-of-scope questions answered (\(report.falseAnswers.count)):")
                    report.falseAnswers.forEach { print("  \($0)") }
                }
            } else if !mine.top1Misses.isEmpty || !mine.falseAnswers.isEmpty {
                print(
                    "(\(mine.top1Misses.count) top-1 misses, \(mine.falseAnswers.count) out-of-scope answered; "
                        + "pass --verbose to list them)")
            }
        }
        print(
            "\n(index and lexicon built once per answerer, in \(Stopwatch.format(buildTime)); sink \(sink % 10))")
    }

    private static func row(_ label: String, _ a: String, _ b: String, _ c: String) -> String {
        label.padding(toLength: 24, withPad: " ", startingAt: 0)
            + a.padding(toLength: 12, withPad: " ", startingAt: 0)
            + b.padding(toLength: 12, withPad: " ", startingAt: 0) + c
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    private static func gain(_ mine: Double, _ base: Double) -> String {
        base == 0 ? (mine == 0 ? "1.00x" : "∞") : String(format: "%.2fx", mine / base)
    }
}
