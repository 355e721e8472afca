public struct TreatmentListVM: Sendable {
    public var chrome: PageChrome
    public var filter: TreatmentFilterVM
    public var treatments: [TreatmentSummaryVM]
    public var total: Int
    /// Names products no longer made that an evidence filter left out, so they never top it.
    public var discontinuedNote: String?

    public init(
        chrome: PageChrome, filter: TreatmentFilterVM, treatments: [TreatmentSummaryVM], total: Int,
        discontinuedNote: String? = nil
    ) {
        self.chrome = chrome
        self.filter = filter
        self.treatments = treatments
        self.total = total
        self.discontinuedNote = discontinuedNote
    }
}

public struct TreatmentFilterVM: Sendable {
    public var setting: ChoiceFieldVM
    public var mechanism: [ChoiceVM]
    public var evidence: ChoiceFieldVM
    public var isFiltered: Bool

    public init(
        setting: ChoiceFieldVM, mechanism: [ChoiceVM], evidence: ChoiceFieldVM, isFiltered: Bool
    ) {
        self.setting = setting
        self.mechanism = mechanism
        self.evidence = evidence
        self.isFiltered = isFiltered
    }
}
