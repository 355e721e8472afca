public struct ProductListVM: Sendable {
    public var chrome: PageChrome
    public var actives: [ChoiceVM]
    public var selectedActive: String?
    public var products: [ProductVM]
    public var total: Int

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
    public var anchor: String
    public var name: String
    public var brand: String?
    public var treatment: LinkVM
    public var actives: [String]
    public var price: CostVM
    public var known: [FactVM]
    public var unknown: [String]
    public var confidenceNote: String?
    public var citations: [CitationRef]

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
