/// Facts about the knowledge base as a whole and about cellulite in general.
public struct KnowledgeMeta: Codable, Sendable, Hashable {
    /// ISO date (YYYY-MM-DD) the content was last reviewed against the research.
    public var lastReviewed: String
    /// What cellulite is and why it happens, in plain words.
    public var about: [Fact]
    /// Honest expectations (R17): no cure, modest effects, many temporary.
    public var expectations: [Fact]
}
