import CelluliteKit
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite struct PlanAPITests {
    /// The knowledge base the app serves: configure loads the same bundled one.
    let kb: KnowledgeBase

    init() throws {
        kb = try KnowledgeBaseLoader.bundled()
    }

    static let contractExample = """
        {"age": 34, "sex": "female", "areas": ["thighs", "buttocks"], "concern": "dimples",
         "severity": {"scale": "hexsel-css", "score": 8}, "daysUntilEvent": 3, "budgetUSD": 100,
         "setting": "any", "maxDowntimeDays": 2, "fitzpatrick": 3, "conditions": ["pregnant"], "allergies": []}
        """

    @Test func theContractExampleGetsAPlanCoveringTheWholeCatalog() async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(Self.contractExample) }) {
                response in
                #expect(response.status == .ok)
                #expect(response.contentType.hasPrefix("application/json"))
                let plan = response.json
                let recommended = plan["recommendations"]?.arrayValue.compactMap { $0["treatment"]?.stringValue } ?? []
                let excluded = plan["excluded"]?.arrayValue.compactMap { $0["treatment"]?.stringValue } ?? []
                #expect(Set(recommended).isDisjoint(with: excluded))
                let catalog = kb.treatments.map(\.id)
                #expect(Set(recommended + excluded) == Set(catalog))
                // Pregnant: retinol is never recommended.
                #expect(!recommended.contains("retinol-topical"))
                try await expectConforms(plan, to: "Plan", in: app)
            }
        }
    }

    /// The bytes answered for the golden profiles before the plan JSON was written by hand
    /// (Tests/CelluliteKitTests/GoldenPlans).
    @Test func goldenProfilesGetTheirGoldenBytes() async throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("CelluliteKitTests/GoldenPlans")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".profile.json") }.map { String($0.dropLast(".profile.json".count)) }
        #expect(names.count >= 7)
        try await withTestApp { app in
            for name in names {
                let profile = try String(
                    contentsOf: directory.appendingPathComponent("\(name).profile.json"), encoding: .utf8)
                let golden = try Data(contentsOf: directory.appendingPathComponent("\(name).plan.json"))
                try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(profile) }) { response in
                    #expect(response.status == .ok)
                    #expect(Data(response.body.readableBytesView) == golden, "\(name)")
                }
            }
        }
    }

    @Test func onlyAgeIsRequired() async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(#"{"age": 40}"#) }) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// Commas and brackets inside strings are text, not syntax.
    @Test func bracketsInsideStringsAreNotMistakenForTrailingCommas() async throws {
        try await withTestApp { app in
            let body = #"{"age": 40, "sex": ",]\",}"}"#
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .unprocessableEntity, field: "sex")
            }
        }
    }

    @Test(arguments: [
        #"{"age": 34"#, "", "[1, 2]", "not json", #""age""#, #"{"age": 34,}"#, #"{"age": 34, "areas": ["arms",]}"#,
    ])
    func malformedBodiesAre400(body: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .badRequest)
                #expect(response.json["type"]?.stringValue?.hasSuffix("malformed-json") == true)
            }
        }
    }

    @Test(arguments: [
        (#"{"age": 34, "colour": "red"}"#, "colour"),
        (#"{"age": 300}"#, "age"),
        (#"{"age": "thirty"}"#, "age"),
        (#"{"age": 34.5}"#, "age"),
        (#"{}"#, "age"),
        (#"{"age": 34, "sex": "robot"}"#, "sex"),
        (#"{"age": 34, "areas": "thighs"}"#, "areas"),
        (#"{"age": 34, "conditions": ["flu"]}"#, "conditions"),
        (#"{"age": 34, "severity": {"scale": "hexsel-css", "score": 99}}"#, "severity.score"),
        (#"{"age": 34, "severity": {"scale": "made-up", "score": 1}}"#, "severity.scale"),
        (#"{"age": 34, "fitzpatrick": 7}"#, "fitzpatrick"),
        (#"{"age": 34, "daysUntilEvent": -1}"#, "daysUntilEvent"),
    ])
    func invalidValuesAre422NamingTheField(body: String, field: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .unprocessableEntity, field: field)
                try await expectConforms(response.json, to: "Problem", in: app)
            }
        }
    }

    @Test func everyBadFieldIsListed() async throws {
        try await withTestApp { app in
            let body = #"{"age": 5, "sex": "robot", "extra": 1}"#
            try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .unprocessableEntity)
                let fields = Set(response.json["errors"]?.arrayValue.compactMap { $0["field"]?.stringValue } ?? [])
                #expect(fields == ["age", "sex", "extra"])
            }
        }
    }

    @Test func getIsNotAllowedOnPlan() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/plan") { response in
                expectProblem(response, .methodNotAllowed)
                #expect(response.headers.first(name: "Allow") == "POST")
            }
        }
    }
}
