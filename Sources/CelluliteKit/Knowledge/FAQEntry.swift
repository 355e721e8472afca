/// A question-and-answer entry the ask answerer retrieves from.
public struct FAQEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// A treatment slug or a general topic (cause, prevalence, permanence, quick-fixes,
    /// home-care, in-office, severity, pregnancy-safety, men, lipedema, cost, cellulitis, teens).
    public var topic: String
    /// The question as written, plus other ways people ask it.
    public var questions: [String]
    /// The direct answer, first.
    public var answer: String
    /// What the evidence says, in plain words.
    public var evidence: String
    public var citations: [String]
    public var confidence: Confidence

    private enum CodingKeys: String, CodingKey {
        case id, topic, questions, answer, evidence, citations, confidence
    }

    public init(
        id: String, topic: String, questions: [String], answer: String, evidence: String,
        citations: [String], confidence: Confidence = .confirmed
    ) {
        self.id = id
        self.topic = topic
        self.questions = questions
        self.answer = answer
        self.evidence = evidence
        self.citations = citations
        self.confidence = confidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        topic = try container.decode(String.self, forKey: .topic)
        questions = try container.decode([String].self, forKey: .questions)
        answer = try container.decode(String.self, forKey: .answer)
        evidence = try container.decode(String.self, forKey: .evidence)
        citations = try container.decode([String].self, forKey: .citations)
        confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .confirmed
    }
}

/// The general ask topics (besides treatment slugs): the eleven fixed by ARCHITECTURE 3.4, then
/// values added later (the contract lets topics be added, never renamed).
public enum GeneralTopic: String, CaseIterable, Sendable {
    case cause, prevalence, permanence
    case quickFixes = "quick-fixes"
    case homeCare = "home-care"
    case inOffice = "in-office"
    case severity
    case pregnancySafety = "pregnancy-safety"
    case men, lipedema, cost
    /// Cellulitis, the skin infection people confuse with cellulite: red, hot, swollen, painful skin.
    case cellulitis
    /// Teenagers: what is reasonable under 18 (no procedures), body image, home options.
    case teens
}
