/// How far a fact can be trusted. Anything but `confirmed` is shown as low confidence.
public enum Confidence: String, Codable, Sendable, CaseIterable {
    /// Checked against a primary or good secondary source.
    case confirmed
    /// Comes only from a consumer site, clinic page or blog (prices, practical ranges).
    case lowQualitySource = "low-quality-source"
    /// The research marks it UNCONFIRMED: not checked against a primary source.
    case unconfirmed

    public var isLow: Bool { self != .confirmed }
}

/// One claim in the knowledge base, always with the sources it rests on.
public struct Fact: Codable, Sendable, Hashable {
    public var text: String
    public var citations: [String]
    public var confidence: Confidence

    public init(_ text: String, citations: [String], confidence: Confidence = .confirmed) {
        self.text = text
        self.citations = citations
        self.confidence = confidence
    }

    private enum CodingKeys: String, CodingKey { case text, citations, confidence }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        citations = try container.decode([String].self, forKey: .citations)
        confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .confirmed
    }
}
