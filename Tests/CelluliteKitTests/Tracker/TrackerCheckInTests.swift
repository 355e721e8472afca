import CelluliteKit
import Foundation
import Testing

private let today = day("2026-12-02")
private let ids = IDGenerator.seeded(7)
private let recordedAt = instant("2026-12-02T09:30:00Z")

private func decode(_ body: String) -> Result<CheckInDraft, CheckInError> {
    Result { () throws(CheckInError) in try CheckInDecoder.decode(json: Array(body.utf8), today: today) }
}

private func fields(_ body: String) -> [String] {
    guard case .failure(let error) = decode(body) else { return [] }
    return error.fieldErrors.map(\.field)
}

@Suite struct TrackerCheckInTests {
    @Test func theStoredAssessmentSaysWhatTheAssessEndpointSaysPlusAScore() throws {
        let inputs: [(AssessmentInput, Encodable, Int)] = [
            (
                .hexselCSS(items: [2, 1, 2, 1, 2], site: .leftThigh),
                try HexselCSSAssessment(items: [2, 1, 2, 1, 2], site: .leftThigh), 8
            ),
            (
                .nurnbergerMuller(NurnbergerMullerObservations(standing: .dimpled, lying: .smooth, pinch: .positive)),
                try NurnbergerMullerAssessment(standing: .dimpled, lying: .smooth, pinch: .positive), 2
            ),
            (.selfRating(level: 3), try SelfRatingAssessment(level: 3), 3),
        ]
        for (input, assessEndpoint, score) in inputs {
            let scored = try input.scored()
            var expected = try jsonObject(assessEndpoint)
            expected["score"] = score
            #expect(NSDictionary(dictionary: try jsonObject(scored)) == NSDictionary(dictionary: expected))
            #expect(scored.score == score)
            #expect(scored.input == input)
            #expect(scored.version == input.scale.version)
        }
        let css = try AssessmentInput.hexselCSS(items: [2, 1, 2, 1, 2], site: nil).scored()
        #expect(css.band == .hexselCSS(.moderate))
        #expect((try jsonObject(css))["band"] as? String == "moderate")
        #expect((try jsonObject(css))["version"] as? String == "2009")
    }

    @Test func aCheckInEncodesAsTheContractSays() throws {
        let checkIn = try CheckIn(
            id: ids.next(),
            draft: CheckInDraft(
                date: day("2026-11-30"), assessment: .selfRating(level: 2), notes: "after the holidays"),
            createdAt: recordedAt, today: today)
        let object = try jsonObject(checkIn)
        #expect(Set(object.keys) == ["id", "date", "assessment", "notes", "createdAt"])
        #expect(object["date"] as? String == "2026-11-30")
        #expect(object["createdAt"] as? String == "2026-12-02T09:30:00Z")
        #expect(object["notes"] as? String == "after the holidays")
        #expect(UUID(uuidString: object["id"] as! String) != nil)
        let assessment = object["assessment"] as! [String: Any]
        #expect(assessment["scale"] as? String == "self-rating")
        #expect(assessment["score"] as? Int == 2)
    }

    @Test func everyBadFieldIsNamedAtOnce() {
        let tooLong = String(repeating: "x", count: 2_001)
        let body = """
            {"date": "2026-12-03", "assessment": {"scale": "hexsel-css", "items": [1, 2, 4, 0, 1]}, "notes": "\(tooLong)", "mood": 3}
            """
        #expect(fields(body) == ["date", "assessment.items[2]", "notes", "mood"])
        guard case .failure(let error) = decode(body) else { return }
        #expect(error.problems.contains(.dateInFuture(date: day("2026-12-03"), today: today)))
        #expect(error.problems.contains(.notesTooLong(characters: 2_001)))
    }

    @Test func domainRulesAreCheckedTogetherWhenTheJSONIsWellFormed() {
        let draft = CheckInDraft(
            date: day("2026-12-05"),
            assessment: .nurnbergerMuller(
                NurnbergerMullerObservations(standing: .smooth, lying: .dimpled, pinch: .negative)),
            notes: String(repeating: "é", count: 2_001))
        #expect(throws: CheckInError.self) { try draft.validate(today: today) }
        do {
            _ = try draft.validate(today: today)
        } catch {
            #expect(error.fieldErrors.map(\.field) == ["date", "assessment.lying", "notes"])
        }
    }

    @Test func theLimitsAreInclusive() throws {
        let notes = String(repeating: "🙂", count: 2_000)  // 2,000 characters, 8,000 bytes
        let draft = CheckInDraft(date: today, assessment: .selfRating(level: 0), notes: notes)
        _ = try draft.validate(today: today)
        // Backdating is fine.
        _ = try CheckInDraft(date: day("2020-02-29"), assessment: .selfRating(level: 4)).validate(today: today)
    }

    @Test func notesMayHoldLineBreaksButNoOtherControlCharacters() throws {
        _ = try CheckInDraft(date: today, assessment: .selfRating(level: 1), notes: "line one\r\nline two\tend")
            .validate(today: today)
        #expect(throws: CheckInError.invalid([.notesControlCharacter])) {
            try CheckInDraft(date: today, assessment: .selfRating(level: 1), notes: "nul\u{0}here").validate(
                today: today)
        }
    }

    @Test(arguments: [
        (#"{"assessment": {"scale": "self-rating", "level": 2}}"#, ["date"]),
        (#"{"date": "2026-12-01"}"#, ["assessment"]),
        (#"{"date": "2026-12-1", "assessment": {"scale": "self-rating", "level": 2}}"#, ["date"]),
        (#"{"date": "2026-02-30", "assessment": {"scale": "self-rating", "level": 2}}"#, ["date"]),
        (#"{"date": "2026-12-01", "assessment": {"scale": "self-rating", "level": 5}}"#, ["assessment.level"]),
        (#"{"date": "2026-12-01", "assessment": {"scale": "css", "level": 2}}"#, ["assessment.scale"]),
        (
            #"{"date": "2026-12-01", "assessment": {"scale": "self-rating", "items": [1,1,1,1,1]}}"#,
            ["assessment.items", "assessment.level"]
        ),
        (#"{"date": "2026-12-01", "assessment": {"scale": "hexsel-css", "items": [1,1,1,1]}}"#, ["assessment.items"]),
        (
            #"{"date": "2026-12-01", "assessment": {"scale": "nurnberger-muller", "standing": "dimpled"}}"#,
            ["assessment.lying", "assessment.pinch"]
        ),
        (
            #"{"date": "2026-12-01", "assessment": {"scale": "nurnberger-muller", "standing": "smooth", "lying": "dimpled", "pinch": "negative"}}"#,
            ["assessment.lying"]
        ),
        (#"{"date": "2026-12-01", "assessment": {"scale": "self-rating", "level": 2}, "notes": 7}"#, ["notes"]),
        (#"{"date": "2026-12-01", "assessment": [], "notes": "ok"}"#, ["assessment"]),
    ])
    func eachBodyProblemNamesItsField(body: String, expected: [String]) {
        #expect(fields(body) == expected)
    }

    @Test func aGoodBodyDecodesToTheDraft() throws {
        let draft = try decode(
            #"{"date": "2026-12-01", "assessment": {"scale": "hexsel-css", "items": [0,1,2,3,0], "site": "right-buttock"}}"#
        ).get()
        #expect(
            draft
                == CheckInDraft(
                    date: day("2026-12-01"), assessment: .hexselCSS(items: [0, 1, 2, 3, 0], site: .rightButtock),
                    notes: ""))
        let withNull = try decode(
            #"{"date": "2026-12-01", "assessment": {"scale": "self-rating", "level": 0}, "notes": null}"#
        ).get()
        #expect(withNull.notes == "")
    }

    @Test func notJSONIsMalformedAndDuplicateKeysAreRefused() {
        guard case .failure(.malformed) = decode("date=2026-12-01") else {
            Issue.record("form text was not refused as malformed")
            return
        }
        guard case .failure(.malformed) = decode(#"{"date": "2026-12-01", "date": "2026-11-01"}"#) else {
            Issue.record("a duplicate key was not refused")
            return
        }
    }

    @Test func answersRoundTripThroughTheirStoredShape() throws {
        let inputs: [AssessmentInput] = [
            .hexselCSS(items: [0, 1, 2, 3, 0], site: .rightButtock), .hexselCSS(items: [1, 1, 1, 1, 1], site: nil),
            .nurnbergerMuller(NurnbergerMullerObservations(standing: .dimpled, lying: .dimpled, pinch: .negative)),
            .selfRating(level: 4),
        ]
        let decoded = try JSONDecoder().decode([AssessmentInput].self, from: JSONEncoder().encode(inputs))
        #expect(decoded == inputs)
        #expect(try json(inputs[3]) == #"{"level":4,"scale":"self-rating"}"#)
    }

    @Test func replacingKeepsTheIdAndCreationTime() throws {
        let original = try CheckIn(
            id: ids.next(), draft: CheckInDraft(date: day("2026-11-01"), assessment: .selfRating(level: 3)),
            createdAt: recordedAt,
            today: today)
        let edited = try original.replaced(
            with: CheckInDraft(date: day("2026-11-02"), assessment: .selfRating(level: 2), notes: "typo"), today: today)
        #expect(edited.id == original.id)
        #expect(edited.createdAt == original.createdAt)
        #expect(edited.assessment.score == 2)
        // A stored check-in reads back even when its date is after the reader's today (time zones).
        let restored = try CheckIn(
            restoring: edited.id, date: day("2026-12-03"), input: edited.assessment.input, notes: "",
            createdAt: recordedAt)
        #expect(restored.date == day("2026-12-03"))
    }
}
