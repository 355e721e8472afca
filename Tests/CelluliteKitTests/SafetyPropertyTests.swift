import CelluliteKit
import PropertyBased
import Testing

/// Random valid profiles, for the safety properties that must hold for everyone.
let profiles = zip(
    zip(
        Gen.int(in: Profile.ageRange),
        Gen.int(in: 0...90).optional(),
        Gen.int(in: 0...8_000).optional(),
        Gen.int(in: 0...21).optional(),
        Gen.int(in: Profile.fitzpatrickRange).optional()
    ),
    zip(
        Gen<Profile.Sex>.case,
        Gen<Profile.Concern>.case.optional(),
        Gen<Profile.SettingPreference>.case,
        Gen<Profile.Area>.case.set(ofAtMost: 0...5),
        Gen<Profile.Condition>.case.set(ofAtMost: 0...5),
        Gen<Profile.Allergy>.case.set(ofAtMost: 0...3),
        zip(Gen<SeverityScaleID>.case, Gen.int(in: 0...15)).map { scale, score in
            SeverityReading(scale: scale, score: min(score, scale.scoreRange.upperBound))
        }.optional()
    )
).map { numbers, choices in
    Profile(
        age: numbers.0, sex: choices.0, areas: Array(choices.3), concern: choices.1, severity: choices.6,
        daysUntilEvent: numbers.1, budgetUSD: numbers.2, setting: choices.2, maxDowntimeDays: numbers.3,
        fitzpatrick: numbers.4, conditions: choices.4, allergies: choices.5)
}

/// Home options that go on the skin: nothing of the kind is for infected or inflamed skin (R6).
let onTheSkin: Set<String> = [
    "caffeine-topical", "retinol-topical", "antioxidant-topical", "self-tanner", "bronzing-oil", "compression-garments",
]

/// Home options whose safety in pregnancy and breastfeeding has not been studied.
let unstudiedInPregnancy: Set<String> = [
    "caffeine-topical", "antioxidant-topical", "self-tanner", "bronzing-oil", "collagen-peptides",
]

/// Energy-based, laser and cold options (R8).
let heatLaserOrCold: Set<String> = [
    "radiofrequency", "rf-microneedling", "sofwave", "cellulaze", "cryolipolysis",
]

/// What each contraindication forbids, written out from the research sheet (R1–R13) independently
/// of the rule data, so a mistake in the data cannot hide itself.
func forbidden(for profile: Profile) -> Set<String> {
    let inOffice = Set(knowledgeBase.treatments.filter { $0.setting == .inOffice }.map(\.id))
    var ids: Set<String> = ["qwo", "cryolipolysis"]
    let conditions = profile.conditions
    if !conditions.isDisjoint(with: [.pregnant, .tryingToConceive, .breastfeeding]) { ids.insert("retinol-topical") }
    if !conditions.isDisjoint(with: [.pregnant, .breastfeeding]) { ids.formUnion(inOffice) }
    if conditions.contains(.keloidHistory) || conditions.contains(.immunocompromised) { ids.insert("sculptra") }
    if !conditions.isDisjoint(with: [.skinInfection, .skinInflammation]) {
        ids.formUnion(inOffice)
        ids.formUnion(onTheSkin)
    }
    if !conditions.isDisjoint(with: [.highDistress, .disorderedEating]) { ids.insert("weight-loss-exercise") }
    if profile.allergies.contains(.plla) { ids.insert("sculptra") }
    if profile.allergies.contains(.caffeine) { ids.insert("caffeine-topical") }
    if profile.allergies.contains(.retinol) { ids.insert("retinol-topical") }
    if profile.allergies.contains(.dha) { ids.insert("self-tanner") }
    if profile.age < 18 { ids.formUnion(inOffice) }
    if profile.setting == .home { ids.formUnion(inOffice) }
    return ids
}

/// Treatments that may be recommended only with "clinician review needed".
func mustBeReviewed(for profile: Profile) -> Set<String> {
    var ids: Set<String> = []
    let inOffice = Set(knowledgeBase.treatments.filter { $0.setting == .inOffice }.map(\.id))
    if !profile.conditions.isDisjoint(with: [.anticoagulants, .bleedingDisorder]) {
        ids.formUnion(["cellfina", "aveli", "manual-subcision", "qwo", "calcium-hydroxylapatite"])
    }
    if profile.conditions.contains(.keloidHistory) {
        ids.formUnion(["cellfina", "aveli", "manual-subcision", "rf-microneedling", "calcium-hydroxylapatite"])
    }
    if profile.conditions.contains(.autoimmune) { ids.formUnion(["sculptra", "calcium-hydroxylapatite"]) }
    if let type = profile.fitzpatrick, type >= 4 {
        ids.formUnion(["radiofrequency", "rf-microneedling", "sofwave", "cellulaze"])
    }
    if !profile.conditions.isDisjoint(with: [.implantInArea, .implantedElectronics]) {
        ids.formUnion(["radiofrequency", "rf-microneedling", "sofwave", "acoustic-wave"])
    }
    if profile.allergies.contains(.lidocaine) {
        ids.formUnion(["cellfina", "aveli", "manual-subcision", "calcium-hydroxylapatite"])
    }
    if profile.sex != .female || !profile.conditions.isDisjoint(with: [.painOrEasyBruising, .legSwelling]) {
        ids.formUnion(inOffice)
    }
    return ids
}

@Suite struct SafetyPropertyTests {
    @Test func noRecommendationViolatesAContraindication() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            let violations = Set(plan.recommendations.map(\.treatment)).intersection(forbidden(for: profile))
            #expect(violations.isEmpty, "recommended despite contraindication: \(violations)")
        }
    }

    @Test func clinicianReviewIsFlaggedWhereRequired() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            for item in plan.recommendations where mustBeReviewed(for: profile).contains(item.treatment) {
                #expect(item.needsClinicianReview, "\(item.treatment) lacks clinician review")
                #expect(item.cautions.contains { $0.hasPrefix("Clinician review needed") })
            }
        }
    }

    @Test func qwoAndCryolipolysisAreNeverRecommended() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            let ids = engine.plan(for: profile).recommendations.map(\.treatment)
            #expect(!ids.contains("qwo") && !ids.contains("cryolipolysis"))
        }
    }

    @Test func everyTreatmentAppearsExactlyOnce() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            let all = plan.recommendations.map(\.treatment) + plan.excluded.map(\.treatment)
            #expect(all.sorted() == knowledgeBase.treatments.map(\.id).sorted())
            #expect(plan.excluded.allSatisfy { !$0.reasons.isEmpty && $0.reasons.count == $0.reasonKinds.count })
        }
    }

    @Test func homeSettingYieldsNoInOfficeRecommendation() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            var home = profile
            home.setting = .home
            let plan = engine.plan(for: home)
            #expect(plan.recommendations.allSatisfy { knowledgeBase.treatment($0.treatment)?.setting == .home })
            #expect(plan.recommendations(in: .inOffice).isEmpty)
        }
    }

    @Test func nothingRecommendedCostsMoreThanTheBudgetAtItsMinimum() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            guard let budget = profile.budgetUSD else { return }
            for item in engine.plan(for: profile).recommendations {
                let treatment = knowledgeBase.treatment(item.treatment)!
                guard let minimum = treatment.cost.minUSD else {
                    // Only a home product may lack a sourced price, and then the plan says so.
                    #expect(treatment.setting == .home, "\(item.treatment) has no price")
                    #expect(item.cautions.contains(knowledgeBase.meta.planNotes.unpricedHomeOption.text))
                    continue
                }
                #expect(minimum <= budget, "\(item.treatment) costs from \(minimum), budget \(budget)")
            }
        }
    }

    @Test func beforeEventHoldsOnlyFastOptionsWithoutDowntime() async {
        await propertyCheck(count: 400, input: profiles) { profile in
            let items = engine.plan(for: profile).recommendations(in: .beforeEvent)
            guard let days = profile.daysUntilEvent else {
                #expect(items.isEmpty)
                return
            }
            for item in items {
                let treatment = knowledgeBase.treatment(item.treatment)!
                #expect(treatment.timeToResults.minDays <= days)
                #expect(treatment.downtime.minDays == 0 && treatment.downtime.maxDays == 0)
                #expect(treatment.setting == .home)
            }
        }
    }

    @Test func downtimeLimitIsRespected() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            guard let limit = profile.maxDowntimeDays else { return }
            for item in engine.plan(for: profile).recommendations {
                #expect(item.downtimeDays.minDays <= limit)
            }
        }
    }

    @Test func everyRecommendationHasEvidenceAndResolvableCitations() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            for item in engine.plan(for: profile).recommendations {
                #expect(!item.citations.isEmpty)
                #expect(!item.reasons.isEmpty)
                #expect(!item.evidence.label.isEmpty && !item.evidence.ocebm.isEmpty)
                #expect(item.citations.allSatisfy { knowledgeBase.citation($0) != nil })
            }
        }
    }

    @Test func productExamplesAvoidWhatThePersonMustAvoid() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            let noRetinoids =
                !profile.conditions.isDisjoint(with: [.pregnant, .tryingToConceive, .breastfeeding])
                || profile.allergies.contains(.retinol)
            for item in engine.plan(for: profile).recommendations {
                for id in item.products {
                    let product = knowledgeBase.products.first { $0.id == id }!
                    #expect(product.treatment == item.treatment)
                    if noRetinoids {
                        #expect(!product.actives.contains("retinol") && !product.actives.contains("vitamin-a"), "\(id)")
                    }
                }
            }
        }
    }

    @Test func redFlagsAppearExactlyWhenTriggered() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            #expect(
                plan.redFlags.contains { $0.contains("lipedema") }
                    == !profile.conditions.isDisjoint(with: [.painOrEasyBruising, .legSwelling]))
            #expect(
                plan.redFlags.contains { $0.contains("cellulitis") && $0.contains("today") }
                    == !profile.conditions.isDisjoint(with: [.skinInfection, .skinInflammation]))
            #expect(
                plan.redFlags.contains { $0.contains("eating-disorder") }
                    == !profile.conditions.isDisjoint(with: [.highDistress, .disorderedEating]))
        }
    }

    @Test func pregnancyPlansSayWhatWasLeftOutAndWhatIsUnstudied() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            let expecting = !profile.conditions.isDisjoint(with: [.pregnant, .breastfeeding, .tryingToConceive])
            #expect(plan.safetySummary.contains { $0.contains("Retinol is left out") } == expecting)
            guard expecting else { return }
            for item in plan.recommendations where unstudiedInPregnancy.contains(item.treatment) {
                #expect(item.cautions.contains { $0.contains("midwife or doctor") }, "\(item.treatment)")
            }
        }
    }

    @Test func anUnknownSkinTypeCautionsEveryHeatLaserOrColdOption() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            for item in engine.plan(for: profile).recommendations where heatLaserOrCold.contains(item.treatment) {
                let cautioned = item.cautions.contains { $0.contains("skin type") }
                #expect(cautioned || (profile.fitzpatrick ?? 0) < 4 && profile.fitzpatrick != nil, "\(item.treatment)")
            }
        }
    }

    @Test func peopleReadReasonsInWordsNeverRuleCodes() async {
        await propertyCheck(count: 300, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            let texts =
                plan.recommendations.flatMap { $0.reasons + $0.cautions } + plan.excluded.flatMap(\.reasons)
                + plan.redFlags + plan.safetySummary
            let coded = texts.filter { $0.contains("safety rule") || $0.contains(/\bR[0-9]{1,2}[a-z]?\b/) }
            #expect(coded.isEmpty, "\(coded)")
            #expect(plan.expectations.contains("Doing nothing is a reasonable choice"))
        }
    }
}
