import CelluliteKit
import CelluliteViews

enum ProductPages {
    /// "vitamin-a" → "Vitamin A": a one-letter word is a vitamin's letter.
    static func activeLabel(_ active: String) -> String {
        let words = active.split(separator: "-").map { $0.count == 1 ? $0.uppercased() : String($0) }
        let joined = words.joined(separator: " ")
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    static func productConfidenceNote(_ confidence: Confidence) -> String? {
        switch confidence {
        case .confirmed: nil
        case .lowQualitySource:
            "Low confidence: what we know about this product comes only from shops, blogs or magazine articles."
        case .unconfirmed:
            "Unconfirmed: we could not check this product’s details against its maker’s full ingredient list or a study."
        }
    }

    static func list(_ kb: KnowledgeBase, query: QueryParameters) -> ProductListVM {
        let allActives = Set(kb.products.flatMap(\.actives)).sorted()
        let requested = query.first("active")
        let selected = requested.flatMap { wanted in allActives.first { $0.lowercased() == wanted.lowercased() } }
        let products = selected.map { kb.products(withActive: $0) } ?? kb.products
        return ProductListVM(
            chrome: Present.chrome(
                kb.meta, title: "Products", active: .products,
                description: "Cellulite products by active ingredient: price, what is known and what is not."),
            actives: [ChoiceVM(value: "", label: "Any ingredient", isSelected: selected == nil)]
                + allActives.map { ChoiceVM(value: $0, label: activeLabel($0), isSelected: $0 == selected) },
            selectedActive: selected.map(activeLabel),
            products: products.map { product($0, kb: kb) },
            total: kb.products.count)
    }

    static func product(_ product: Product, kb: KnowledgeBase) -> ProductVM {
        let treatment = kb.treatment(product.treatment)
        return ProductVM(
            anchor: "product-\(Present.anchorID(product.id))", name: product.name, brand: product.brand,
            treatment: LinkVM(
                name: treatment?.name ?? product.treatment, href: .treatment(slug: product.treatment)),
            actives: product.actives.map(activeLabel),
            price: Present.cost(product.price, sourcesOn: .sources, in: kb),
            known: product.contents.map { Present.fact($0, sourcesOn: .sources) },
            unknown: product.unknowns,
            confidenceNote: productConfidenceNote(product.confidence),
            citations: Presentation.refs(product.citations))
    }
}

enum Presentation {
    /// Each distinct list made once (a plan page makes one per option it shows), so the list a
    /// page gets back is the same array every time and comparing it with a memo's key is cheap.
    static func refs(_ ids: [String], on page: SiteURL? = .sources) -> [CitationRef] {
        refLists.value(RefListKey(ids: ids, page: page)) { key in
            Present.uniqued(key.ids).map { Present.citationRef($0, on: key.page) }
        }
    }

    private struct RefListKey: Hashable, Sendable {
        var ids: [String]
        var page: SiteURL?
    }

    private static let refLists = BoundedMemo<RefListKey, [CitationRef]>(capacity: 1_024)
}
