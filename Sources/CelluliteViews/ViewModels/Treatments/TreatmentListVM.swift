public struct TreatmentListVM: Sendable {
    var chrome: PageChrome
    var filter: TreatmentFilterVM
    var treatments: [TreatmentSummaryVM]
    var total: Int
    /// Names products no longer made that an evidence filter left out, so they never top it.
    var discontinuedNote: String?

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
    var setting: ChoiceFieldVM
    var mechanism: [ChoiceVM]
    var evidence: ChoiceFieldVM
    var isFiltered: Bool

    public init(
        setting: ChoiceFieldVM, mechanism: [ChoiceVM], evidence: ChoiceFieldVM, isFiltered: Bool
    ) {
        self.setting = setting
        self.mechanism = mechanism
        self.evidence = evidence
        self.isFiltered = isFiltered
    }
}
