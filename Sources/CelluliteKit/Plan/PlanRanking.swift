/// Orders recommendations within each section and numbers them from 1: best match to the
/// dominant concern first, then stronger evidence, then catalogue order.
struct PlanRanking: Sendable {
    private let catalogueOrder: [String: Int]
    private let mechanisms: [String: [Mechanism]]

    init(knowledgeBase: KnowledgeBase) {
        catalogueOrder = Dictionary(
            knowledgeBase.treatments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        mechanisms = Dictionary(
            knowledgeBase.treatments.map { ($0.id, $0.mechanisms) }, uniquingKeysWith: { first, _ in first })
    }

    func ranked(_ recommendations: [Recommendation], for profile: Profile) -> [Recommendation] {
        // Keys are computed once per item, not once per comparison.
        let keyed = recommendations.map { recommendation in
            let match = ConcernMatch.score(mechanisms[recommendation.treatment] ?? [], for: profile.concern)
            let sort = SORTGrade.allCases.firstIndex(of: recommendation.evidence.sort) ?? 0
            let grade = GRADECertainty.allCases.firstIndex(of: recommendation.evidence.grade) ?? 0
            let key = [-match, sort, grade, catalogueOrder[recommendation.treatment] ?? 0]
            return (key: key, recommendation: recommendation)
        }
        var result: [Recommendation] = []
        result.reserveCapacity(recommendations.count)
        for section in PlanSection.allCases {
            var inSection = keyed.filter { $0.recommendation.section == section }
            // The before-event list keeps catalogue order: tan first, then oil, as a routine.
            if section != .beforeEvent {
                inSection.sort { $0.key.lexicographicallyPrecedes($1.key) }
            }
            for (index, item) in inSection.enumerated() {
                var recommendation = item.recommendation
                recommendation.rank = index + 1
                result.append(recommendation)
            }
        }
        return result
    }
}
