/// One treatment as the engine holds it: everything about it that does not depend on the person
/// (its sentences, its ranking keys, its products), worked out once when the engine is made.
/// Profiling `cellulite-bench plan` put most of a plan's time into copying each treatment's
/// thirty-odd fields into its assessment and into writing the same sentences again on every plan.
final class PlanCatalogueEntry: Sendable {
    let treatment: Treatment
    /// Position in the catalogue: the last ranking key, and the before-event order.
    let catalogueIndex: Int
    let isQuickFix: Bool
    let isWellSupported: Bool
    let sortIndex: Int
    let gradeIndex: Int
    let products: [Product]
    let productIDs: [String]

    let unavailableReason: String?
    /// Why the evidence rules it out whoever asks, if it does.
    let evidenceExclusion: String?
    let evidenceReason: String
    let timeToResultsText: String
    /// What follows "Not for your event tomorrow": ": results take … Plan it for afterwards."
    let eventCautionTail: String
    private let eventDowntimeDays: Int
    private let fastestResultDays: Int
    let quickFixTail: String
    let dailyStepReason: String
    let alwaysCautions: [String]
    let citations: [String]

    /// In the order of `Profile.Concern.allCases`.
    private let matchByConcern: [Int]
    private let fitReasonByConcern: [String]
    private let weakEvidenceByConcern: [String]
    private let weakEvidenceWithoutConcern: String

    init(_ treatment: Treatment, at index: Int, products allProducts: [Product]) {
        self.treatment = treatment
        catalogueIndex = index
        isQuickFix = treatment.isQuickFix
        isWellSupported = treatment.evidence.sort <= .b
        sortIndex = SORTGrade.allCases.firstIndex(of: treatment.evidence.sort) ?? 0
        gradeIndex = GRADECertainty.allCases.firstIndex(of: treatment.evidence.grade) ?? 0
        products = allProducts.filter { $0.treatment == treatment.id }
        productIDs = products.map(\.id)

        unavailableReason =
            treatment.availability.status == .discontinued
            ? "No longer available: \(treatment.availability.note.text)" : nil
        let evidence = treatment.evidence
        evidenceExclusion =
            treatment.notRecommendedBecause?.text
            ?? (treatment.treatsCellulite ? nil : "Not a cellulite treatment: \(evidence.basis)")
        evidenceReason = "Evidence: \(evidence.label) (SORT \(evidence.sort.rawValue)). \(evidence.basis)"
        timeToResultsText = TreatmentAssessment.range(treatment.timeToResults, zero: "right away")

        let downtime = treatment.downtime.maxDays ?? treatment.downtime.minDays
        let recovery = downtime > 0 ? " and recovery can take \(TreatmentAssessment.range(treatment.downtime))" : ""
        eventCautionTail =
            ": results take \(TreatmentAssessment.range(treatment.timeToResults))\(recovery). Plan it for afterwards."
        eventDowntimeDays = downtime
        fastestResultDays = treatment.timeToResults.minDays
        quickFixTail = ": \(treatment.timeToResultsNote.text)"
        dailyStepReason = "A low-cost daily step at home. \(treatment.timeToResultsNote.text)"
        alwaysCautions = treatment.alwaysCautions.map(\.text)
        citations = unique(treatment.citations)

        let concerns = Profile.Concern.allCases
        matchByConcern = concerns.map { ConcernMatch.score(treatment, for: $0) }
        fitReasonByConcern = concerns.map {
            "Fits your main concern (\($0.rawValue)): it \(ConcernMatch.phrase(treatment, for: $0))."
        }
        let weak = "The evidence is weak (\(evidence.label.lowercased()), SORT \(evidence.sort.rawValue))"
        weakEvidenceByConcern = concerns.map { "\(weak) and it does not target your main concern (\($0.rawValue))." }
        weakEvidenceWithoutConcern = "\(weak)."
    }

    /// True when an event that many days away comes too soon: it needs time off, or takes longer
    /// to show.
    func isTooSlow(forEventIn days: Int) -> Bool {
        eventDowntimeDays > 0 || fastestResultDays > days
    }

    func match(_ concern: Profile.Concern?) -> Int {
        concern.map { matchByConcern[$0.index] } ?? 0
    }

    func fitReason(_ concern: Profile.Concern) -> String {
        fitReasonByConcern[concern.index]
    }

    func weakEvidenceReason(_ concern: Profile.Concern?) -> String {
        concern.map { weakEvidenceByConcern[$0.index] } ?? weakEvidenceWithoutConcern
    }
}

extension Profile.Concern {
    /// Position in `allCases`.
    fileprivate var index: Int {
        Self.allCases.firstIndex(of: self)!
    }
}
