/// A product on sale, linked to the treatment class whose evidence it borrows.
public struct Product: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var brand: String?
    /// The treatment slug whose evidence applies (e.g. "retinol-topical").
    public var treatment: String
    /// Active ingredients, lower-case words used by `products --active` (e.g. "retinol", "caffeine").
    public var actives: [String]
    public var price: CostRange
    /// What is known about what it contains, each with its source and confidence.
    public var contents: [Fact]
    /// What is not known (concentrations, full ingredient list).
    public var unknowns: [String]
    public var confidence: Confidence
    public var citations: [String]
}
