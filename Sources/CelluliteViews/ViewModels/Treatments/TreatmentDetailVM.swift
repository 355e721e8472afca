public struct TreatmentDetailVM: Sendable {
    var chrome: PageChrome
    var name: String
    var aliases: [String]
    var settingText: String
    var summary: String
    var mechanisms: [String]
    var treatsCellulite: Bool
    public var howItWorks: FactVM
    var evidence: EvidenceVM
    var evidenceBasis: String
    public var keyNumbers: [FactVM]
    var cost: CostVM
    public var sessions: FactVM
    var downtimeText: String
    public var downtimeNote: FactVM
    var timeToResultsText: String
    public var timeToResultsNote: FactVM
    public var durability: FactVM
    public var sideEffects: [FactVM]
    public var alwaysCautions: [FactVM]
    public var regulatoryStatus: String
    /// Jargon in the status ("510(k)", "21 CFR"), explained where it is first shown.
    public var regulatoryTerms: [TermVM]
    var offLabel: Bool
    public var indication: FactVM?
    public var regulatoryNotes: [FactVM]
    var availabilityTitle: String
    public var isDiscontinued: Bool
    var isAvailabilityUnclear: Bool
    public var availabilityNote: FactVM
    var questionForDermatologist: String?
    var products: [LinkVM]
    var citations: [CitationVM]
    var lowConfidenceCount: Int
    /// Where to go after reading: the plan, which says whether this option fits the person.
    var nextStep = LinkVM(name: "See whether this fits you", href: .plan())

    public init(
        chrome: PageChrome, name: String, aliases: [String], settingText: String, summary: String, mechanisms: [String],
        treatsCellulite: Bool, howItWorks: FactVM, evidence: EvidenceVM, evidenceBasis: String, keyNumbers: [FactVM],
        cost: CostVM, sessions: FactVM, downtimeText: String, downtimeNote: FactVM, timeToResultsText: String,
        timeToResultsNote: FactVM, durability: FactVM, sideEffects: [FactVM], alwaysCautions: [FactVM],
        regulatoryStatus: String, regulatoryTerms: [TermVM] = [], offLabel: Bool, indication: FactVM? = nil,
        regulatoryNotes: [FactVM], availabilityTitle: String, isDiscontinued: Bool, isAvailabilityUnclear: Bool,
        availabilityNote: FactVM, questionForDermatologist: String? = nil, products: [LinkVM], citations: [CitationVM],
        lowConfidenceCount: Int
    ) {
        self.chrome = chrome
        self.name = name
        self.aliases = aliases
        self.settingText = settingText
        self.summary = summary
        self.mechanisms = mechanisms
        self.treatsCellulite = treatsCellulite
        self.howItWorks = howItWorks
        self.evidence = evidence
        self.evidenceBasis = evidenceBasis
        self.keyNumbers = keyNumbers
        self.cost = cost
        self.sessions = sessions
        self.downtimeText = downtimeText
        self.downtimeNote = downtimeNote
        self.timeToResultsText = timeToResultsText
        self.timeToResultsNote = timeToResultsNote
        self.durability = durability
        self.sideEffects = sideEffects
        self.alwaysCautions = alwaysCautions
        self.regulatoryStatus = regulatoryStatus
        self.regulatoryTerms = regulatoryTerms
        self.offLabel = offLabel
        self.indication = indication
        self.regulatoryNotes = regulatoryNotes
        self.availabilityTitle = availabilityTitle
        self.isDiscontinued = isDiscontinued
        self.isAvailabilityUnclear = isAvailabilityUnclear
        self.availabilityNote = availabilityNote
        self.questionForDermatologist = questionForDermatologist
        self.products = products
        self.citations = citations
        self.lowConfidenceCount = lowConfidenceCount
    }
}
