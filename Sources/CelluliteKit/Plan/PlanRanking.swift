/// Orders recommendations within each section and numbers them from 1: best match to the
/// dominant concern first, then stronger evidence, then catalogue order.
enum PlanRanking {
    /// `entries[i]` is the treatment of `recommendations[i]`.
    static func ranked(
        _ recommendations: [Recommendation], of entries: [PlanCatalogueEntry], for concern: Profile.Concern?
    ) -> [Recommendation] {
        // Positions are sorted, not the recommendations: moving a recommendation copies a dozen fields.
        let keys = entries.map { entry in
            (-entry.match(concern), entry.sortIndex, entry.gradeIndex, entry.catalogueIndex)
        }
        var result: [Recommendation] = []
        result.reserveCapacity(recommendations.count)
        for section in PlanSection.allCases {
            var inSection = recommendations.indices.filter { recommendations[$0].section == section }
            // The before-event list keeps catalogue order: tan first, then oil, as a routine.
            if section != .beforeEvent {
                // The catalogue position is last and unique, so the order is total.
                inSection.sort { keys[$0] < keys[$1] }
            }
            for (rank, position) in inSection.enumerated() {
                var recommendation = recommendations[position]
                recommendation.rank = rank + 1
                result.append(recommendation)
            }
        }
        return result
    }
}
