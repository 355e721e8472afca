import Foundation
import Testing

@testable import CelluliteKit

@Suite("Hexsel CSS scoring")
struct HexselCSSScoringTests {
    // Worked examples, one or more per band (cut-offs: 0 none, 1–5 mild, 6–10 moderate, 11–15 severe).
    @Test(
        "total and band",
        arguments: [
            ([0, 0, 0, 0, 0], 0, HexselCSSBand.none),
            ([1, 0, 0, 0, 0], 1, .mild),
            ([1, 1, 1, 1, 1], 5, .mild),
            ([2, 1, 1, 1, 1], 6, .moderate),
            ([2, 2, 1, 2, 1], 8, .moderate),
            ([2, 2, 2, 2, 2], 10, .moderate),
            ([3, 2, 2, 2, 2], 11, .severe),
            ([3, 3, 3, 3, 3], 15, .severe),
        ])
    func totalAndBand(items: [Int], total: Int, band: HexselCSSBand) throws {
        let assessment = try HexselCSSAssessment(items: items, site: .leftThigh)
        #expect(assessment.total.value == total)
        #expect(assessment.band == band)
        #expect(assessment.reading == SeverityReading(scale: .hexselCSS, score: total))
        #expect(assessment.reading.band == .hexselCSS(band))
        #expect(assessment.reading.isModerateOrWorse == (total >= 6))
    }

    @Test("every total 0–15 falls in exactly one band, in order")
    func bandsPartitionTheRange() throws {
        for total in HexselCSS.range {
            let score = try SeverityScore<HexselCSS>(total)
            let matching = HexselCSSBand.allCases.filter { $0.totals.contains(total) }
            #expect(matching == [HexselCSSBand(total: score)])
        }
        #expect(HexselCSSBand.allCases.sorted() == [.none, .mild, .moderate, .severe])
    }

    @Test(
        "rejects an item outside 0–3",
        arguments: [
            ([4, 0, 0, 0, 0], HexselCSSItem.a, 4),
            ([0, 0, -1, 0, 0], .c, -1),
            ([0, 0, 0, 0, 9], .e, 9),
        ])
    func rejectsOutOfRangeItem(items: [Int], item: HexselCSSItem, value: Int) {
        #expect(throws: AssessmentError.itemOutOfRange(item: item, value: value)) {
            try HexselCSSAssessment(items: items)
        }
    }

    @Test("rejects a wrong number of items", arguments: [[Int](), [1, 2, 3, 0], [1, 1, 1, 1, 1, 1]])
    func rejectsWrongCount(items: [Int]) {
        #expect(throws: AssessmentError.wrongItemCount(expected: 5, got: items.count)) {
            try HexselCSSAssessment(items: items)
        }
    }

    @Test("item E can come from a Nürnberger–Müller stage")
    func itemEFromStage() throws {
        let assessment = try HexselCSSAssessment(a: 2, b: 2, c: 1, d: 1, stage: .stageII)
        #expect(assessment.items == [2, 2, 1, 1, 2])
        #expect(assessment.score(.e) == 2)
    }

    @Test("low-confidence points are in the data")
    func lowConfidence() throws {
        #expect(HexselCSSBand.cutOffConfidence == .unconfirmed)
        for item in HexselCSSItem.allCases {
            #expect(item.levels.count == 4)
            #expect(item.levels[0].confidence == .unconfirmed, "level-0 wording of \(item)")
        }
        #expect(HexselCSSItem.a.levels[3].confidence == .confirmed)
        #expect(HexselCSSItem.e.levels.allSatisfy { $0.confidence == .unconfirmed })
        let withZero = try HexselCSSAssessment(items: [2, 2, 0, 2, 2])
        #expect(withZero.lowConfidence == [.bandCutOffs, .levelZeroWording, .itemEMapping])
        let noZero = try HexselCSSAssessment(items: [2, 2, 1, 2, 2])
        #expect(noZero.lowConfidence == [.bandCutOffs, .itemEMapping])
    }

    @Test("no meaningful change is claimed for the 0–15 CSS")
    func meaningfulChange() throws {
        #expect(HexselCSS.meaningfulChange.points == nil)
        #expect(HexselCSS.meaningfulChange.confidence == .unconfirmed)
        let before = try SeverityScore<HexselCSS>(10)
        let after = try SeverityScore<HexselCSS>(7)
        #expect(after.change(from: before) == -3)
        #expect(after.isMeaningfulChange(from: before) == nil)
    }

    @Test("JSON has the ARCHITECTURE 3.4 fields")
    func json() throws {
        let assessment = try HexselCSSAssessment(items: [2, 2, 1, 2, 1], site: .rightButtock)
        let data = try JSONEncoder().encode(assessment)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["scale"] as? String == "hexsel-css")
        #expect(object["version"] as? String == "2009")
        #expect(object["items"] as? [Int] == [2, 2, 1, 2, 1])
        #expect(object["total"] as? Int == 8)
        #expect(object["band"] as? String == "moderate")
        #expect(object["site"] as? String == "right-buttock")
        #expect(object["lowConfidence"] as? [String] == ["band-cut-offs", "item-e-mapping"])
    }
}

@Suite("Nürnberger–Müller staging")
struct NurnbergerMullerTests {
    typealias Obs = NurnbergerMullerObservations

    // Every scorable combination, with its stage: one or more worked examples per stage.
    @Test(
        "stage from standing, lying and pinch",
        arguments: [
            (Obs.Appearance.smooth, Obs.Appearance.smooth, Obs.Pinch.negative, NurnbergerMullerStage.stage0, false),
            (.smooth, .smooth, .positive, .stageI, false),
            (.dimpled, .smooth, .positive, .stageII, false),
            (.dimpled, .smooth, .negative, .stageII, true),
            (.dimpled, .dimpled, .positive, .stageIII, false),
            (.dimpled, .dimpled, .negative, .stageIII, true),
        ])
    func stage(
        standing: Obs.Appearance, lying: Obs.Appearance, pinch: Obs.Pinch, stage: NurnbergerMullerStage,
        noted: Bool
    ) throws {
        let assessment = try NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
        #expect(assessment.stage == stage)
        #expect(assessment.variant == .fourStage)
        #expect(assessment.notes.isEmpty == !noted)
        #expect(assessment.reading == SeverityReading(scale: .nurnbergerMuller, score: stage.rawValue))
    }

    @Test("smooth standing but dimpled lying is rejected", arguments: Obs.Pinch.allCases)
    func rejectsLyingWithoutStanding(pinch: Obs.Pinch) {
        #expect(throws: AssessmentError.contradictoryObservations(NurnbergerMullerAssessment.lyingWithoutStanding)) {
            try NurnbergerMullerAssessment(standing: .smooth, lying: .dimpled, pinch: pinch)
        }
    }

    @Test("moderate-or-worse: false for stages 0–I, unknown for II–III")
    func moderateOrWorse() {
        #expect(SeverityReading(scale: .nurnbergerMuller, score: 0).isModerateOrWorse == false)
        #expect(SeverityReading(scale: .nurnbergerMuller, score: 1).isModerateOrWorse == false)
        #expect(SeverityReading(scale: .nurnbergerMuller, score: 2).isModerateOrWorse == nil)
        #expect(SeverityReading(scale: .nurnbergerMuller, score: 3).isModerateOrWorse == nil)
        #expect(SeverityReading(scale: .nurnbergerMuller, score: 3).band?.label == "stage III")
    }

    @Test("JSON has the ARCHITECTURE 3.4 fields and records the variant")
    func json() throws {
        let assessment = try NurnbergerMullerAssessment(standing: .dimpled, lying: .smooth, pinch: .positive)
        let data = try JSONEncoder().encode(assessment)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["scale"] as? String == "nurnberger-muller")
        #expect(object["stage"] as? Int == 2)
        #expect(object["version"] as? String == "1978")
        #expect(object["variant"] as? String == "four-stage")
    }
}

@Suite("Self-rating")
struct SelfRatingTests {
    @Test(
        "levels keep the PR-PCSS labels",
        arguments: [
            (0, "none", false), (1, "almost none", false), (2, "mild", false),
            (3, "moderate", true), (4, "severe", true),
        ])
    func levels(level: Int, label: String, moderateOrWorse: Bool) throws {
        let rating = try SelfRatingAssessment(level: level)
        #expect(rating.level.label == label)
        #expect(rating.reading == SeverityReading(scale: .selfRating, score: level))
        #expect(rating.reading.band?.label == label)
        #expect(rating.reading.isModerateOrWorse == moderateOrWorse)
    }

    @Test("rejects levels outside 0–4", arguments: [-1, 5, 15])
    func rejectsOutOfRange(level: Int) {
        #expect(throws: AssessmentError.scoreOutOfRange(scale: "self-rating", value: level, range: 0...4)) {
            try SelfRatingAssessment(level: level)
        }
    }

    @Test("a one-level change is meaningful (borrowed from the PR-PCSS, so unconfirmed)")
    func meaningfulChange() throws {
        #expect(SelfRating.meaningfulChange.points == 1)
        #expect(SelfRating.meaningfulChange.confidence == .unconfirmed)
        #expect(SelfRating.meaningfulChange.citations == ["S14"])
        let before = SelfRatingLevel.moderate.score
        #expect(SelfRatingLevel.mild.score.isMeaningfulChange(from: before) == true)
        #expect(SelfRatingLevel.moderate.score.isMeaningfulChange(from: before) == false)
    }

    @Test("is named as a self-rating, not the PR-PCSS")
    func naming() {
        #expect(SelfRating.id == "self-rating")
        #expect(SelfRating.name.localizedCaseInsensitiveContains("self-rating"))
        #expect(SelfRating.notThePRPCSS.contains("not the licensed"))
        #expect(SelfRating.descriptorConfidence == .unconfirmed)
    }
}

@Suite("Scores carry their scale")
struct SeverityScoreTests {
    @Test("every scale has its id and version")
    func idsAndVersions() {
        #expect((HexselCSS.id, HexselCSS.version) == ("hexsel-css", "2009"))
        #expect((NurnbergerMuller.id, NurnbergerMuller.version) == ("nurnberger-muller", "1978"))
        #expect((SelfRating.id, SelfRating.version) == ("self-rating", "1"))
        #expect(SimplifiedCSS.range == 0...5)
        #expect(SimplifiedCSS.id != HexselCSS.id)
        #expect(SimplifiedCSS.definitionsConfidence == .unconfirmed)
        for id in SeverityScaleID.allCases {
            #expect(id.scale.id == id.rawValue)
            #expect(id.scoreRange == id.scale.range)
        }
        #expect(SeverityScaleID.hexselCSS.version == "2009")
        #expect(HexselCSS.rangeDescription == "0–15, higher = more severe")
    }

    @Test("scores are range-checked per scale")
    func rangeChecked() throws {
        #expect(throws: AssessmentError.self) { try SeverityScore<HexselCSS>(16) }
        #expect(throws: AssessmentError.self) { try SeverityScore<SimplifiedCSS>(6) }
        #expect(throws: AssessmentError.self) { try SeverityScore<NurnbergerMuller>(4) }
        #expect(try SeverityScore<SimplifiedCSS>(5).value == 5)
    }

    @Test("ordering and means stay within one scale")
    func withinOneScale() throws {
        let scores = try [6, 8, 13].map { try SeverityScore<HexselCSS>($0) }
        #expect(scores.max()?.value == 13)
        #expect(SeverityScore.mean(scores) == 9)
        #expect(SeverityScore<HexselCSS>.mean([]) == nil)
        // SeverityScore<HexselCSS>(5) < SeverityScore<SimplifiedCSS>(5) does not compile.
        #expect(SeverityScore<HexselCSS>.self != SeverityScore<SimplifiedCSS>.self)
    }

    @Test("a reading converts back only on its own scale")
    func readingRoundTrip() throws {
        let reading = SeverityReading(scale: .hexselCSS, score: 8)
        #expect(try SeverityScore<HexselCSS>(reading: reading).value == 8)
        #expect(throws: AssessmentError.scaleMismatch(expected: "self-rating", got: "hexsel-css")) {
            try SeverityScore<SelfRating>(reading: reading)
        }
        #expect(SeverityReading(try SeverityScore<SelfRating>(2)) == SeverityReading(scale: .selfRating, score: 2))
    }

    @Test("out-of-range readings have no band")
    func outOfRangeReading() {
        let reading = SeverityReading(scale: .hexselCSS, score: 20)
        #expect(!reading.isInRange)
        #expect(reading.band == nil)
        #expect(reading.isModerateOrWorse == nil)
    }

    @Test("SeverityReading keeps its {scale, score} JSON shape")
    func readingJSON() throws {
        let data = try JSONEncoder().encode(SeverityReading(scale: .nurnbergerMuller, score: 2))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["scale", "score"])
        let decoded = try JSONDecoder().decode(
            SeverityReading.self, from: Data(#"{"scale": "self-rating", "score": 3}"#.utf8))
        #expect(decoded == SeverityReading(scale: .selfRating, score: 3))
    }

    @Test("a score's JSON carries scale and version, and refuses another scale")
    func scoreJSON() throws {
        let score = try SeverityScore<HexselCSS>(8)
        let data = try JSONEncoder().encode(score)
        #expect(try JSONDecoder().decode(SeverityScore<HexselCSS>.self, from: data) == score)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SeverityScore<SimplifiedCSS>.self, from: data)
        }
        let wrongVersion = Data(#"{"scale": "hexsel-css", "version": "2019", "score": 8}"#.utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SeverityScore<HexselCSS>.self, from: wrongVersion)
        }
    }
}

@Suite("Scale sources")
struct ScaleSourceTests {
    @Test("every source a scale cites is in the knowledge base")
    func citationsExist() throws {
        let knowledgeBase = try KnowledgeBaseLoader.bundled()
        let ids =
            HexselCSS.citations + NurnbergerMuller.citations + SelfRating.citations + SimplifiedCSS.citations
            + SelfRating.meaningfulChange.citations
        for id in ids {
            #expect(knowledgeBase.citation(id) != nil, "\(id) is not in citations.json")
        }
    }
}
