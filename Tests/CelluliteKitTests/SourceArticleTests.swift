import CelluliteKit
import Testing

/// The magazine interview the product started from must come out of the engine for its reader:
/// a woman of 32 with thigh cellulite, an event in 2 days and no other limits.
@Suite struct SourceArticleTests {
    let plan = engine.plan(for: Profile(age: 32, sex: .female, areas: [.thighs], daysUntilEvent: 2))

    private func ids(_ section: PlanSection) -> [String] { plan.recommendations(in: section).map(\.treatment) }
    private func recommendation(_ id: String) -> Recommendation? { plan.recommendations.first { $0.treatment == id } }

    @Test func camouflageBeforeTheEvent() {
        #expect(ids(.beforeEvent) == ["self-tanner", "bronzing-oil"])
        for item in plan.recommendations(in: .beforeEvent) {
            #expect(item.downtimeDays.maxDays == 0, "\(item.treatment) has downtime")
        }
    }

    @Test func caffeineRetinolAndAntioxidantAtHome() {
        #expect(Set(ids(.daily)).isSuperset(of: ["caffeine-topical", "retinol-topical", "antioxidant-topical"]))
    }

    @Test func cellfinaCellulazeAndSculptraToAskAbout() {
        #expect(Set(ids(.inOffice)).isSuperset(of: ["cellfina", "cellulaze", "sculptra"]))
        let cellulaze = recommendation("cellulaze")!
        #expect(cellulaze.cautions.contains { $0.localizedLowercase.contains("still offer") })
        let sculptra = recommendation("sculptra")!
        #expect(sculptra.cautions.contains { $0.localizedLowercase.contains("off-label") })
        #expect(plan.questionsForYourDermatologist.contains { $0.contains("Cellfina") })
    }

    @Test func qwoIsExplainedAsDiscontinued() {
        #expect(recommendation("qwo") == nil)
        let qwo = plan.excluded.first { $0.treatment == "qwo" }
        #expect(qwo?.reasonKinds.contains(.availability) == true)
        #expect(qwo?.reasons.contains { $0.contains("2022") } == true)
    }

    @Test func expectationsAreHonest() {
        let text = plan.expectations.lowercased()
        #expect(text.contains("no treatment"))
        #expect(text.contains("modest"))
        #expect(text.contains("fade") || text.contains("temporary"))
        #expect(!text.contains("cure "))
    }
}
