/// Facts about the knowledge base as a whole and about cellulite in general.
public struct KnowledgeMeta: Codable, Sendable, Hashable {
    /// ISO date (YYYY-MM-DD) the content was last reviewed against the research.
    public var lastReviewed: String
    /// Sentences the plan engine adds in given situations, kept here with their sources so that
    /// no claim or citation is written into the engine's code.
    public var planNotes: PlanNotes
    /// What cellulite is and why it happens, in plain words.
    public var about: [Fact]
    /// Honest expectations (R17): no cure, modest effects, many temporary.
    public var expectations: [Fact]
    /// Questions the site suggests people ask ("Questions people ask" on /ask), each with the topic
    /// its best answer must have; a test walks every one, and the lint checks each topic exists.
    public var exampleQuestions: [ExampleQuestion] = []
}

/// A question the site offers as an example, as people type it, and the ask topic (a general topic
/// or a treatment slug) its first answer has.
public struct ExampleQuestion: Codable, Sendable, Hashable {
    public var question: String
    public var topic: String

    public init(question: String, topic: String) {
        self.question = question
        self.topic = topic
    }
}

public struct PlanNotes: Codable, Sendable, Hashable {
    /// Every plan: leaving cellulite alone is a sound choice.
    public var doingNothing: Fact
    /// A plan with an event and something in the before-event section.
    public var beforeEvent: Fact
    /// An in-office option for someone whose severity score is mild.
    public var mildSeverity: Fact
    /// An in-office option when none of the chosen areas is one the studies covered.
    public var unstudiedAreas: Fact
    /// A home option with no sourced price, for someone who gave a budget.
    public var unpricedHomeOption: Fact
}
