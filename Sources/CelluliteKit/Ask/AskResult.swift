/// What `cellulite ask` returns (ARCHITECTURE 3.4): answers best first, empty when the question is
/// outside what the knowledge base covers.
public struct AskResult: Codable, Sendable, Hashable {
    /// The question as asked.
    public var question: String
    public var answers: [AskAnswer]

    public init(question: String, answers: [AskAnswer]) {
        self.question = question
        self.answers = answers
    }

    /// True when the answerer declined: nothing in the knowledge base covers the question.
    public var isOutOfScope: Bool { answers.isEmpty }
}

/// One retrieved knowledge-base entry.
public struct AskAnswer: Codable, Sendable, Hashable {
    /// The FAQ entry's id.
    public var id: String
    /// A treatment slug or a general topic (cause, prevalence, … cost).
    public var topic: String
    /// The knowledge-base question this answer was written for.
    public var question: String
    /// The direct answer.
    public var answer: String
    /// What the evidence says, in plain words.
    public var evidence: String
    /// Source ids, each one present in the knowledge base's citations.
    public var citations: [String]
    /// How well the entry matches the question, from 0 (nothing) to 1 (every query term fully matched).
    public var score: Double
    /// `confirmed`, `low-quality-source` or `unconfirmed`.
    public var confidence: Confidence

    public init(
        id: String, topic: String, question: String, answer: String, evidence: String,
        citations: [String], score: Double, confidence: Confidence
    ) {
        self.id = id
        self.topic = topic
        self.question = question
        self.answer = answer
        self.evidence = evidence
        self.citations = citations
        self.score = score
        self.confidence = confidence
    }

    init(entry: FAQEntry, score: Double) {
        self.init(
            id: entry.id, topic: entry.topic, question: entry.questions.first ?? "", answer: entry.answer,
            evidence: entry.evidence, citations: entry.citations,
            score: (score * 1000).rounded() / 1000, confidence: entry.confidence)
    }

    private enum CodingKeys: String, CodingKey {
        case topic, answer, citations, score, id, question, evidence, confidence
    }
}
