/// Orders recommendations within each section and numbers them from 1.
enum PlanRanking {
    static func ranked(_ recommendations: [Recommendation], for profile: Profile, in base: KnowledgeBase)
        -> [Recommendation]
    {
        let catalogueOrder = Dictionary(
            base.treatments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func key(_ recommendation: Recommendation) -> (Int, Int, Int, Int) {
            let match = base.treatment(recommendation.treatment).map { ConcernMatch.score($0, for: profile.concern) } ?? 0
            let sort = SORTGrade.allCases.firstIndex(of: recommendation.evidence.sort) ?? 0
            let grade = GRADECertainty.allCases.firstIndex(of: recommendation.evidence.grade) ?? 0
            return (-match, sort, grade, catalogueOrder[recommendation.treatment] ?? 0)
        }
        var result: [Recommendation] = []
        for section in PlanSection.allCases {
            let inSection = recommendations.filter { $0.section == section }
            // The before-event list keeps catalogue order: tan first, then oil, as a routine.
            let ordered = section == .beforeEvent ? inSection : inSection.sorted { key($0) < key($1) }
            for (index, var recommendation) in ordered.enumerated() {
                recommendation.rank = index + 1
                result.append(recommendation)
            }
        }
        return result
    }
}
