import Foundation

/// The whole knowledge base, loaded and validated. Immutable once built.
public struct KnowledgeBase: Sendable {
    public let meta: KnowledgeMeta
    public let treatments: [Treatment]
    public let citations: [Citation]
    public let products: [Product]
    public let safetyRules: [SafetyRule]
    public let faq: [FAQEntry]

    private let treatmentIndex: [String: Int]
    private let citationIndex: [String: Int]

    public init(
        meta: KnowledgeMeta, treatments: [Treatment], citations: [Citation], products: [Product],
        safetyRules: [SafetyRule], faq: [FAQEntry]
    ) {
        self.meta = meta
        self.treatments = treatments
        self.citations = citations
        self.products = products
        self.safetyRules = safetyRules
        self.faq = faq
        treatmentIndex = Dictionary(
            treatments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        citationIndex = Dictionary(
            citations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func treatment(_ id: String) -> Treatment? {
        treatmentIndex[id].map { treatments[$0] }
    }

    public func product(_ id: String) -> Product? {
        products.first { $0.id == id }
    }

    public func citation(_ id: String) -> Citation? {
        citationIndex[id].map { citations[$0] }
    }

    /// Products whose actives contain `ingredient` (case-insensitive, `-` and spaces equal).
    public func products(withActive ingredient: String) -> [Product] {
        let wanted = Self.normalizedActive(ingredient)
        return products.filter { product in
            product.actives.contains { Self.normalizedActive($0) == wanted }
        }
    }

    static func normalizedActive(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
