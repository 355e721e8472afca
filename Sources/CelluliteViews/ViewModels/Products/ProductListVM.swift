public struct ProductListVM: Sendable {
    var chrome: PageChrome
    var actives: [ChoiceVM]
    var selectedActive: String?
    var products: [ProductVM]
    var total: Int

    public init(
        chrome: PageChrome, actives: [ChoiceVM], selectedActive: String? = nil, products: [ProductVM], total: Int
    ) {
        self.chrome = chrome
        self.actives = actives
        self.selectedActive = selectedActive
        self.products = products
        self.total = total
    }
}

public struct ProductVM: Sendable, Hashable {
    var anchor: String
    var name: String
    var brand: String?
    var treatment: LinkVM
    var actives: [String]
    var price: CostVM
    var known: [FactVM]
    var unknown: [String]
    var confidenceNote: String?
    var citations: [CitationRef]

    public init(
        anchor: String, name: String, brand: String? = nil, treatment: LinkVM, actives: [String], price: CostVM,
        known: [FactVM], unknown: [String], confidenceNote: String? = nil, citations: [CitationRef]
    ) {
        self.anchor = anchor
        self.name = name
        self.brand = brand
        self.treatment = treatment
        self.actives = actives
        self.price = price
        self.known = known
        self.unknown = unknown
        self.confidenceNote = confidenceNote
        self.citations = citations
    }
}
