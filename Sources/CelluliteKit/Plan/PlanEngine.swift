/// The plan engine: a pure function from a profile to an explainable plan (ARCHITECTURE 3.3).
///
/// Every catalogue treatment ends up in exactly one place: a recommendation in one section, or
/// `excluded` with at least one reason. Safety rules R1–R17 come from the knowledge base as data.
public struct PlanEngine: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let ranking: PlanRanking

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        ranking = PlanRanking(knowledgeBase: knowledgeBase)
    }

    public func plan(for profile: Profile) -> Plan {
        let firedRules = knowledgeBase.safetyRules.filter { $0.fires(for: profile) }
        var kept: [TreatmentAssessment] = []
        var excluded: [Exclusion] = []
        for treatment in knowledgeBase.treatments {
            var assessment = TreatmentAssessment(
                treatment: treatment, profile: profile, notes: knowledgeBase.meta.planNotes)
            assessment.apply(firedRules)
            assessment.applyPreferences()
            if assessment.exclusions.isEmpty {
                kept.append(assessment)
            } else {
                excluded.append(assessment.exclusion())
            }
        }
        // Product examples leave out ingredients a fired rule names, whatever class the product is in.
        let avoid = Set(firedRules.flatMap { $0.effects.flatMap { $0.avoidActives ?? [] } })
        let recommendations = kept.map { assessment in
            let products = knowledgeBase.products.filter {
                $0.treatment == assessment.treatment.id && avoid.isDisjoint(with: $0.actives)
            }
            return assessment.recommendation(products: products.map(\.id))
        }
        return Plan(
            recommendations: ranking.ranked(recommendations, for: profile),
            excluded: excluded,
            redFlags: unique(firedRules.compactMap(\.redFlag)),
            safetySummary: unique(firedRules.compactMap(\.summary)),
            questionsForYourDermatologist: questions(recommendations, firedRules),
            expectations: expectations(for: profile, recommendations)
        )
    }

    private func questions(_ recommendations: [Recommendation], _ rules: [SafetyRule]) -> [String] {
        let inOffice = recommendations.filter { $0.section == .inOffice }
        var questions = inOffice.compactMap { knowledgeBase.treatment($0.treatment)?.questionForDermatologist }
        questions += rules.compactMap(\.question)
        if !inOffice.isEmpty {
            questions.append("What result can I realistically expect, and how long will it last?")
            questions.append("What will the whole course cost, including repeat or maintenance sessions?")
        }
        return unique(questions)
    }

    private func expectations(for profile: Profile, _ recommendations: [Recommendation]) -> String {
        let notes = knowledgeBase.meta.planNotes
        var parts = knowledgeBase.meta.expectations.map(\.text)
        if profile.daysUntilEvent != nil, recommendations.contains(where: { $0.section == .beforeEvent }) {
            parts.append(notes.beforeEvent.text)
        }
        parts.append(notes.doingNothing.text)
        return parts.joined(separator: " ")
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
