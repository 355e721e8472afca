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

extension Product {
    /// Brand and name: "Paula's Choice Retinol Skin-Smoothing Body Treatment".
    public var displayName: String {
        brand.map { "\($0) \(name)" } ?? name
    }

    /// Name with its price, for a plan's examples: "Nécessaire The Body Lotion ($25)".
    public var exampleLabel: String {
        guard let low = price.minUSD else { return displayName }
        let high = price.maxUSD.flatMap { $0 == low ? nil : "–" + Money.dollars($0) } ?? ""
        return "\(displayName) (\(Money.dollars(low))\(high))"
    }
}
