/// The plan engine: a pure function from a profile to an explainable plan (ARCHITECTURE 3.3).
///
/// Every catalogue treatment ends up in exactly one place: a recommendation in one section, or
/// `excluded` with at least one reason. Safety rules R1–R17 come from the knowledge base as data.
public struct PlanEngine: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let catalogue: [PlanCatalogueEntry]
    private let rules: [PlanSafetyRule]
    /// The closing paragraph, without and with the before-event note.
    private let expectations: String
    private let expectationsWithEvent: String

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        catalogue = knowledgeBase.treatments.enumerated().map { index, treatment in
            PlanCatalogueEntry(treatment, at: index, products: knowledgeBase.products)
        }
        rules = knowledgeBase.safetyRules.map { PlanSafetyRule($0, catalogue: knowledgeBase.treatments) }
        let notes = knowledgeBase.meta.planNotes
        let general = knowledgeBase.meta.expectations.map(\.text)
        expectations = (general + [notes.doingNothing.text]).joined(separator: " ")
        expectationsWithEvent = (general + [notes.beforeEvent.text, notes.doingNothing.text]).joined(separator: " ")
    }

    public func plan(for profile: Profile) -> Plan {
        let firedRules = rules.filter { $0.rule.fires(for: profile) }
        let notes = knowledgeBase.meta.planNotes
        var kept: [TreatmentAssessment] = []
        var excluded: [Exclusion] = []
        kept.reserveCapacity(catalogue.count)
        excluded.reserveCapacity(catalogue.count)
        for entry in catalogue {
            var assessment = TreatmentAssessment(entry)
            assessment.apply(firedRules)
            assessment.applyPreferences(for: profile, notes: notes)
            if assessment.exclusions.isEmpty {
                kept.append(assessment)
            } else {
                excluded.append(assessment.exclusion())
            }
        }
        // Product examples leave out ingredients a fired rule names, whatever class the product is in.
        let avoid = Set(firedRules.flatMap(\.avoidActives))
        let hasEvent = profile.daysUntilEvent != nil
        let entries = kept.map(\.entry)
        let recommendations = kept.map { assessment in
            let entry = assessment.entry
            let products =
                avoid.isEmpty
                ? entry.productIDs : entry.products.filter { avoid.isDisjoint(with: $0.actives) }.map(\.id)
            return assessment.recommendation(products: products, hasEvent: hasEvent)
        }
        return Plan(
            recommendations: PlanRanking.ranked(recommendations, of: entries, for: profile.concern),
            excluded: excluded,
            redFlags: unique(firedRules.compactMap(\.rule.redFlag)),
            safetySummary: unique(firedRules.compactMap(\.rule.summary)),
            questionsForYourDermatologist: questions(recommendations, of: entries, firedRules),
            expectations: hasEvent && recommendations.contains(where: { $0.section == .beforeEvent })
                ? expectationsWithEvent : expectations
        )
    }

    /// `entries[i]` is the treatment of `recommendations[i]`.
    private func questions(
        _ recommendations: [Recommendation], of entries: [PlanCatalogueEntry], _ rules: [PlanSafetyRule]
    ) -> [String] {
        let inOffice = recommendations.indices.filter { recommendations[$0].section == .inOffice }
        var questions = inOffice.compactMap { entries[$0].treatment.questionForDermatologist }
        questions += rules.compactMap(\.rule.question)
        if !inOffice.isEmpty {
            questions.append("What result can I realistically expect, and how long will it last?")
            questions.append("What will the whole course cost, including repeat or maintenance sessions?")
        }
        return unique(questions)
    }
}

/// Drops repeats, keeping first occurrences. Lists here are a handful of items, so a linear scan
/// beats hashing every string.
func unique(_ items: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(items.count)
    for item in items where !result.contains(item) { result.append(item) }
    return result
}
