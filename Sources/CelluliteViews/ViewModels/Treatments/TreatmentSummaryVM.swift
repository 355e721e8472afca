public struct TreatmentSummaryVM: Sendable, Hashable {
    var name: String
    var href: SiteURL
    var settingText: String
    var summary: String
    var mechanisms: [String]
    var evidence: EvidenceVM
    var cost: CostVM
    /// Nil when available; otherwise "Discontinued: no longer sold" or "Availability unclear".
    var availability: String?
    var offLabel: Bool
    var treatsCellulite: Bool

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
