import CelluliteKit
import Testing

@Suite struct PlanEngineTests {
    private func recommended(_ plan: Plan) -> Set<String> { Set(plan.recommendations.map(\.treatment)) }
    private func exclusion(_ plan: Plan, _ id: String) -> Exclusion? { plan.excluded.first { $0.treatment == id } }

    @Test func pregnancyRulesOutRetinolInjectablesAndProcedures() {
        let plan = engine.plan(for: Profile(age: 30, conditions: [.pregnant]))
        #expect(!recommended(plan).contains("retinol-topical"))
        #expect(plan.recommendations(in: .inOffice).isEmpty)
        #expect(exclusion(plan, "retinol-topical")?.reasons.contains { $0.contains("Retinoid pills") } == true)
        #expect(exclusion(plan, "sculptra")?.reasons.contains { $0.contains("pregnancy and breastfeeding") } == true)
        #expect(plan.safetySummary.first?.hasPrefix("Retinol is left out because you are pregnant") == true)
        let caffeine = plan.recommendations.first { $0.treatment == "caffeine-topical" }
        #expect(caffeine?.cautions.contains { $0.contains("not been studied") && $0.contains("midwife") } == true)
        // Camouflage and caffeine stay available.
        #expect(recommended(plan).isSuperset(of: ["self-tanner", "caffeine-topical"]))
    }

    @Test func bleedingRiskNeedsClinicianReviewAndNeverSaysStopYourMedicine() {
        let plan = engine.plan(for: Profile(age: 45, concern: .dimples, conditions: [.anticoagulants]))
        let cellfina = plan.recommendations.first { $0.treatment == "cellfina" }!
        #expect(cellfina.needsClinicianReview)
        #expect(cellfina.cautions.contains { $0.contains("Never stop a prescribed blood thinner") })
        #expect(plan.questionsForYourDermatologist.contains { $0.contains("blood thinner") })
    }

    @Test func darkerSkinTypesGetReviewForHeatAndLaser() {
        let plan = engine.plan(for: Profile(age: 40, concern: .texture, fitzpatrick: 5))
        for id in ["radiofrequency", "cellulaze"] {
            let item = plan.recommendations.first { $0.treatment == id }
            #expect(item?.needsClinicianReview == true, "\(id) should need review")
        }
        let light = engine.plan(for: Profile(age: 40, concern: .texture, fitzpatrick: 2))
        #expect(light.recommendations.first { $0.treatment == "radiofrequency" }?.needsClinicianReview == false)
    }

    @Test func autoimmuneDiseaseRoutesFillersToReview() {
        let plan = engine.plan(for: Profile(age: 40, conditions: [.autoimmune]))
        #expect(plan.recommendations.first { $0.treatment == "sculptra" }?.needsClinicianReview == true)
    }

    @Test func menAndMinorsAreToldTheEvidenceCoversAdultWomen() {
        let man = engine.plan(for: Profile(age: 40, sex: .male))
        #expect(!man.recommendations(in: .inOffice).isEmpty)
        for item in man.recommendations(in: .inOffice) {
            #expect(item.needsClinicianReview)
            #expect(item.cautions.contains { $0.contains("adult women") })
        }
        let teen = engine.plan(for: Profile(age: 16))
        #expect(teen.recommendations(in: .inOffice).isEmpty)
        #expect(exclusion(teen, "cellfina")?.reasonKinds.contains(.scope) == true)
    }

    @Test func redFlagsForPainAndDistress() {
        let plan = engine.plan(for: Profile(age: 35, conditions: [.painOrEasyBruising, .highDistress]))
        #expect(plan.redFlags.count == 2)
        #expect(plan.redFlags.contains { $0.contains("lipedema") })
        #expect(engine.plan(for: Profile(age: 35)).redFlags.isEmpty)
    }

    @Test func concernOrdersInOfficeOptions() {
        let dimples = engine.plan(for: Profile(age: 40, concern: .dimples)).recommendations(in: .inOffice)
        #expect(
            dimples.first.map {
                ["cellfina", "aveli", "acoustic-wave", "cellulaze", "manual-subcision"].contains($0.treatment)
            } == true)
        let laxity = engine.plan(for: Profile(age: 40, concern: .laxity)).recommendations(in: .inOffice)
        let firstFirming = laxity.firstIndex {
            ["sculptra", "radiofrequency", "cellulaze", "acoustic-wave"].contains($0.treatment)
        }!
        let firstReleaseOnly = laxity.firstIndex { ["cellfina", "aveli"].contains($0.treatment) }!
        #expect(firstFirming < firstReleaseOnly)
        let fat = engine.plan(for: Profile(age: 40, concern: .fat))
        #expect(fat.recommendations(in: .inOffice).first?.treatment == "cellulaze")
        #expect(recommended(fat).contains("weight-loss-exercise"))
        #expect(!recommended(engine.plan(for: Profile(age: 40, concern: .dimples))).contains("weight-loss-exercise"))
        #expect(exclusion(fat, "cryolipolysis")?.reasonKinds.contains(.evidence) == true)
    }

    @Test func budgetAndDowntimeAreExplained() {
        let plan = engine.plan(for: Profile(age: 30, budgetUSD: 100, maxDowntimeDays: 0))
        #expect(exclusion(plan, "cellfina")?.reasonKinds.contains(.budget) == true)
        #expect(exclusion(plan, "cellfina")?.reasons.contains { $0.contains("$3000") } == true)
        #expect(exclusion(plan, "aveli")?.reasons.contains { $0.contains("No reliable price") } == true)
        #expect(exclusion(plan, "cellulaze")?.reasonKinds.contains(.downtime) == true)
    }

    @Test func mildSeverityTempersProcedures() {
        let mild = engine.plan(for: Profile(age: 30, severity: SeverityReading(scale: .hexselCSS, score: 3)))
        let cellfina = mild.recommendations.first { $0.treatment == "cellfina" }!
        #expect(cellfina.cautions.contains { $0.contains("mild") })
        let severe = engine.plan(for: Profile(age: 30, severity: SeverityReading(scale: .hexselCSS, score: 12)))
        #expect(
            severe.recommendations.first { $0.treatment == "cellfina" }!.reasons.contains {
                $0.contains("moderate or worse")
            })
    }

    @Test func ranksAreConsecutiveWithinEachSection() {
        let plan = engine.plan(for: Profile(age: 32, daysUntilEvent: 5))
        for section in PlanSection.allCases {
            let items = plan.recommendations(in: section)
            #expect(items.map(\.rank) == Array(1..<(items.count + 1)))
        }
    }
}
