import Foundation

/// One question of the ask evaluation set, written as people type it, with the topic a good answer
/// has (nil for questions outside what the knowledge base covers).
public struct AskEvaluationCase: Codable, Sendable, Hashable {
    public var question: String
    public var topic: String?
    /// Why the case is there, e.g. "typo", "slang", "hard: near-miss topic".
    public var note: String?

    public init(question: String, topic: String?, note: String? = nil) {
        self.question = question
        self.topic = topic
        self.note = note
    }
}

/// The evaluation file: `{"description": "...", "cases": [{"question": "...", "topic": "cost"}, ...],
/// "heldOut": [...]}`. `cases` is the tuning part: the lexicon and the FAQ wording may be tuned until
/// it passes. `heldOut` was written before a round of changes and is never tuned on, so its figures
/// say how the answerer does on questions nobody tuned it for.
public struct AskEvaluationSet: Codable, Sendable {
    public var description: String?
    public var cases: [AskEvaluationCase]
    public var heldOut: [AskEvaluationCase]

    public init(description: String? = nil, cases: [AskEvaluationCase], heldOut: [AskEvaluationCase] = []) {
        self.description = description
        self.cases = cases
        self.heldOut = heldOut
    }

    private enum CodingKeys: String, CodingKey { case description, cases, heldOut }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        cases = try container.decode([AskEvaluationCase].self, forKey: .cases)
        heldOut = try container.decodeIfPresent([AskEvaluationCase].self, forKey: .heldOut) ?? []
    }

    public static func load(from url: URL) throws -> AskEvaluationSet {
        try JSONDecoder().decode(AskEvaluationSet.self, from: Data(contentsOf: url))
    }

    /// The tuning part's in-scope and out-of-scope cases.
    public var inScope: [AskEvaluationCase] { cases.filter { $0.topic != nil } }
    public var outOfScope: [AskEvaluationCase] { cases.filter { $0.topic == nil } }
    /// Both parts.
    public var allCases: [AskEvaluationCase] { cases + heldOut }
}

/// Accuracy figures for one answerer over an evaluation set.
public struct AskEvaluationReport: Sendable {
    public struct Miss: Sendable, CustomStringConvertible {
        public var question: String
        public var expected: String?
        /// Topics returned, best first (empty when declined).
        public var got: [String]

        public var description: String {
            "\"\(question)\": expected \(expected ?? "no answer"), got \(got.isEmpty ? "no answer" : got.joined(separator: ", "))"
        }
    }

    public var inScopeCount: Int
    public var outOfScopeCount: Int
    public var top1Hits: Int
    public var top3Hits: Int
    public var rejections: Int
    /// In-scope questions whose best answer had the wrong topic or that got no answer.
    public var top1Misses: [Miss]
    /// Out-of-scope questions that got an answer.
    public var falseAnswers: [Miss]

    public var top1Accuracy: Double { ratio(top1Hits, inScopeCount) }
    public var top3Accuracy: Double { ratio(top3Hits, inScopeCount) }
    public var rejectionRate: Double { ratio(rejections, outOfScopeCount) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

public enum AskEvaluator {
    /// Scores the tuning part (`cases`) of the set.
    public static func evaluate(
        _ set: AskEvaluationSet, answer: (String) -> AskResult
    ) -> AskEvaluationReport {
        evaluate(set.cases, answer: answer)
    }

    /// Runs every case through `answer` and scores top-1 and top-3 topic accuracy on the in-scope
    /// cases and the rejection rate on the out-of-scope ones.
    public static func evaluate(
        _ cases: [AskEvaluationCase], answer: (String) -> AskResult
    ) -> AskEvaluationReport {
        var report = AskEvaluationReport(
            inScopeCount: 0, outOfScopeCount: 0, top1Hits: 0, top3Hits: 0, rejections: 0, top1Misses: [],
            falseAnswers: [])
        for item in cases {
            let topics = answer(item.question).answers.prefix(3).map(\.topic)
            let miss = AskEvaluationReport.Miss(question: item.question, expected: item.topic, got: topics)
            if let expected = item.topic {
                report.inScopeCount += 1
                if topics.first == expected { report.top1Hits += 1 } else { report.top1Misses.append(miss) }
                if topics.contains(expected) { report.top3Hits += 1 }
            } else {
                report.outOfScopeCount += 1
                if topics.isEmpty { report.rejections += 1 } else { report.falseAnswers.append(miss) }
            }
        }
        return report
    }
}
