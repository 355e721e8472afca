import CelluliteKit
import Foundation
import Testing

@Suite struct ProfileDecoderTests {
    private func decode(_ json: String) throws(ProfileError) -> Profile {
        try ProfileDecoder.decode(json: Data(json.utf8))
    }

    private func errorFields(_ json: String) -> [String] {
        do {
            _ = try decode(json)
            return []
        } catch {
            return error.fieldErrors.map(\.field)
        }
    }

    @Test func decodesTheContractExample() throws {
        let profile = try decode(
            """
            {"age": 34, "sex": "female", "areas": ["thighs", "buttocks"], "concern": "dimples",
             "severity": {"scale": "hexsel-css", "score": 8}, "daysUntilEvent": 3, "budgetUSD": 100,
             "setting": "any", "maxDowntimeDays": 2, "fitzpatrick": 3, "conditions": ["pregnant"], "allergies": []}
            """)
        #expect(profile.age == 34 && profile.areas == [.thighs, .buttocks] && profile.concern == .dimples)
        #expect(profile.severity == SeverityReading(scale: .hexselCSS, score: 8))
        #expect(profile.conditions == [.pregnant] && profile.budgetUSD == 100)
    }

    /// A list may repeat values (they count once), up to a length no honest form reaches.
    @Test func listsAreCappedInLength() throws {
        func list(_ count: Int) -> String {
            #"{"age": 30, "areas": ["# + Array(repeating: #""hips""#, count: count).joined(separator: ",") + "]}"
        }
        #expect(try decode(list(ProfileDecoder.maxListLength)).areas == [.hips])
        #expect(errorFields(list(ProfileDecoder.maxListLength + 1)) == ["areas"])
    }

    @Test func onlyAgeIsRequiredAndDefaultsApply() throws {
        let profile = try decode(#"{"age": 50, "daysUntilEvent": null}"#)
        #expect(profile.sex == .female && profile.setting == .any && profile.daysUntilEvent == nil)
        #expect(errorFields("{}") == ["age"])
    }

    @Test(arguments: [
        (#"{"age": 30, "colour": "red"}"#, "colour"),
        (#"{"age": "thirty"}"#, "age"),
        (#"{"age": 30.5}"#, "age"),
        (#"{"age": 9}"#, "age"),
        (#"{"age": 30, "sex": "robot"}"#, "sex"),
        (#"{"age": 30, "areas": ["knees"]}"#, "areas"),
        (#"{"age": 30, "areas": "thighs"}"#, "areas"),
        (#"{"age": 30, "conditions": ["pregnant", "flu"]}"#, "conditions"),
        (#"{"age": 30, "fitzpatrick": 7}"#, "fitzpatrick"),
        (#"{"age": 30, "budgetUSD": -5}"#, "budgetUSD"),
        (#"{"age": 30, "daysUntilEvent": true}"#, "daysUntilEvent"),
        (#"{"age": 30, "severity": {"scale": "hexsel-css", "score": 16}}"#, "severity.score"),
        (#"{"age": 30, "severity": {"scale": "css-5", "score": 2}}"#, "severity.scale"),
        (#"{"age": 30, "severity": {"scale": "self-rating", "score": 2, "when": "now"}}"#, "severity.when"),
    ])
    func rejectsBadFieldsByName(json: String, field: String) {
        #expect(errorFields(json).contains(field))
    }

    @Test func reportsEveryBadFieldAtOnce() {
        #expect(Set(errorFields(#"{"age": 200, "sex": 1, "setting": "clinic"}"#)) == ["age", "sex", "setting"])
    }

    @Test func malformedJSONIsNotAFieldError() {
        #expect(throws: ProfileError.self) { try decode("{\"age\": ") }
        do {
            _ = try decode("[1, 2]")
            Issue.record("a list must not decode as a profile")
        } catch {
            guard case .malformed = error else { Issue.record("expected malformed, got \(error)"); return }
        }
    }

    @Test func formFieldsFollowTheSameRules() throws {
        let profile = try ProfileDecoder.decode(form: [
            "age": ["32"], "areas": ["thighs,buttocks"], "conditions": ["pregnant", "sensitive-skin"],
            "daysUntilEvent": ["2"], "budgetUSD": [""], "severityScale": ["self-rating"], "severityScore": ["3"],
        ])
        #expect(profile.areas == [.thighs, .buttocks] && profile.conditions == [.pregnant, .sensitiveSkin])
        #expect(profile.budgetUSD == nil && profile.severity == SeverityReading(scale: .selfRating, score: 3))
        #expect(throws: ProfileError.self) { try ProfileDecoder.decode(form: ["age": ["abc"]]) }
        do {
            _ = try ProfileDecoder.decode(form: ["age": ["abc"], "sex": ["x"]])
        } catch {
            #expect(Set(error.fieldErrors.map(\.field)) == ["age", "sex"])
        }
    }
}
