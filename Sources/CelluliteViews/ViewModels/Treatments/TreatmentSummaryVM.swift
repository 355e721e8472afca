public struct TreatmentSummaryVM: Sendable, Hashable {
    public var name: String
    public var href: SiteURL
    public var settingText: String
    public var summary: String
    public var mechanisms: [String]
    public var evidence: EvidenceVM
    public var cost: CostVM
    /// Nil when available; otherwise "Discontinued: no longer sold" or "Availability unclear".
    public var availability: String?
    public var offLabel: Bool
    public var treatsCellulite: Bool

    public init(
        name: String, href: SiteURL, settingText: String, summary: String, mechanisms: [String], evidence: EvidenceVM,
        cost: CostVM, availability: String? = nil, offLabel: Bool, treatsCellulite: Bool
    ) {
        self.name = name
        self.href = href
        self.settingText = settingText
        self.summary = summary
        self.mechanisms = mechanisms
        self.evidence = evidence
        self.cost = cost
        self.availability = availability
        self.offLabel = offLabel
        self.treatsCellulite = treatsCellulite
    }
}
