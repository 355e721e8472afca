public struct PlanItemVM: Sendable, Hashable {
    var rank: Int
    var name: String
    var href: SiteURL
    var reasons: [String]
    var cautions: [String]
    var needsClinicianReview: Bool
    var evidence: EvidenceVM
    var cost: CostVM
    var timeToResults: String
    var downtime: String
    /// Example products of this kind, e.g. "Paula's Choice Retinol Skin-Smoothing Body Treatment ($28)".
    var examples: [String]
    var citations: [CitationRef]
    /// The treatment page's full address, printed after the name on paper; nil when unknown.
    var printURL: String?

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
