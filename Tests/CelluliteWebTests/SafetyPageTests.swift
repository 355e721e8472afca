import CelluliteKit
import Testing
import Vapor
import VaporTesting

/// What the reviewed safety gaps look like on the pages and the API: every condition can be
/// said, what was left out is said in words at the top, and one profile reads one way only.
@Suite struct SafetyPageTests {
    @Test func thePlanFormOffersEveryConditionAndAllergy() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/plan/skin-and-health") { response in
                let html = response.body.string
                for condition in Profile.Condition.allCases {
                    #expect(html.contains("name=\"conditions\" value=\"\(condition.rawValue)\""), "\(condition)")
                }
                for allergy in Profile.Allergy.allCases {
                    #expect(html.contains("name=\"allergies\" value=\"\(allergy.rawValue)\""), "\(allergy)")
                }
                #expect(html.contains("pacemaker"))
                #expect(html.contains("eczema"))
            }
        }
    }

    @Test func aPregnantPlanSaysWhatWasLeftOutBeforeAnyOption() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/plan?age=31&conditions=pregnant&daysUntilEvent=3") { response in
                let html = response.body.string
                guard let summary = html.range(of: "id=\"safety-summary\""),
                    let firstSection = html.range(of: "id=\"before-event\"")
                else {
                    Issue.record("no safety summary or no plan sections")
                    return
                }
                #expect(summary.lowerBound < firstSection.lowerBound)
                #expect(html.contains("Retinol is left out because you are pregnant"))
                #expect(html.contains("ask your midwife or doctor"))
                #expect(!html.contains("safety rule"))
                #expect(html.contains("Doing nothing is a reasonable choice"))
            }
        }
    }

    @Test func infectedSkinGetsNothingOnItAndTheUrgentFlag() async throws {
        try await withTestApp { app in
            let body = #"{"age": 40, "conditions": ["skin-infection"], "daysUntilEvent": 2}"#
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                #expect(response.status == .ok)
                let plan = response.json
                let recommended = Set(
                    plan["recommendations"]?.arrayValue.compactMap { $0["treatment"]?.stringValue } ?? [])
                #expect(
                    recommended.isDisjoint(with: ["self-tanner", "bronzing-oil", "caffeine-topical", "retinol-topical"])
                )
                let flags = plan["redFlags"]?.arrayValue.compactMap(\.stringValue) ?? []
                #expect(flags.contains { $0.contains("cellulitis") && $0.contains("today") })
                #expect(plan["safetySummary"]?.arrayValue.isEmpty == false)
                try await expectConforms(plan, to: "Plan", in: app)
            }
        }
    }

    /// D4: the first of two keys used to win, silently dropping the pregnancy.
    @Test(arguments: [
        ("/api/plan", #"{"age":34,"conditions":[],"conditions":["pregnant"]}"#),
        ("/api/assess/self-rating", #"{"level":1,"level":4}"#),
        ("/api/assess/css", #"{"items":[1,1,1,1,1],"items":[3,3,3,3,3]}"#),
    ])
    func aRepeatedKeyIsMalformed(path: String, body: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, path, beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .badRequest)
                #expect(response.body.string.contains("appears twice"))
            }
        }
    }

    @Test func aDiscontinuedProductNeverTopsAnEvidenceFilter() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/treatments?evidence=high") { response in
                let html = response.body.string
                #expect(!html.contains("href=\"/treatments/qwo\""))
                #expect(html.contains("Not listed: Qwo"))
            }
            try await app.testing().test(.GET, "/treatments?evidence=low") { response in
                // Evidence against a lasting benefit is not "limited evidence or better".
                #expect(!response.body.string.contains("href=\"/treatments/mechanical-massage\""))
            }
            try await app.testing().test(.GET, "/treatments/mechanical-massage") { response in
                #expect(response.body.string.contains("Evidence against a lasting benefit"))
            }
        }
    }
}
