public struct PlanItemVM: Sendable, Hashable {
    public var rank: Int
    public var name: String
    public var href: SiteURL
    public var reasons: [String]
    public var cautions: [String]
    public var needsClinicianReview: Bool
    public var evidence: EvidenceVM
    public var cost: CostVM
    public var timeToResults: String
    public var downtime: String
    /// Example products of this kind, e.g. "Paula's Choice Retinol Skin-Smoothing Body Treatment ($28)".
    public var examples: [String]
    public var citations: [CitationRef]
    /// The treatment page's full address, printed after the name on paper; nil when unknown.
    public var printURL: String?

    public init(
        rank: Int, name: String, href: SiteURL, reasons: [String], cautions: [String], needsClinicianReview: Bool,
        evidence: EvidenceVM, cost: CostVM, timeToResults: String, downtime: String, examples: [String],
        citations: [CitationRef], printURL: String? = nil
    ) {
        self.rank = rank
        self.name = name
        self.href = href
        self.reasons = reasons
        self.cautions = cautions
        self.needsClinicianReview = needsClinicianReview
        self.evidence = evidence
        self.cost = cost
        self.timeToResults = timeToResults
        self.downtime = downtime
        self.examples = examples
        self.citations = citations
        self.printURL = printURL
    }
}
