import CelluliteKit
import Testing
import Vapor
import VaporTesting

@Suite struct AssessAPITests {
    @Test func scoresTheHexselCSS() async throws {
        try await withTestApp { app in
            try await app.testing().test(
                .POST, "/api/assess/css", beforeRequest: { $0.json(#"{"items": [1, 2, 1, 2, 2]}"#) }
            ) {
                response in
                #expect(response.status == .ok)
                let result = response.json
                #expect(result["scale"]?.stringValue == "hexsel-css")
                #expect(result["version"]?.stringValue == "2009")
                #expect(result["items"] == .array([1, 2, 1, 2, 2].map { .number($0) }))
                #expect(result["total"]?.intValue == 8)
                #expect(result["band"]?.stringValue == "moderate")
                try await expectConforms(result, to: "CSSResult", in: app)
            }
        }
    }

    @Test func allZeroIsBandNoneAndSiteIsKept() async throws {
        try await withTestApp { app in
            let body = #"{"items": [0, 0, 0, 0, 0], "site": "left-thigh"}"#
            try await app.testing().test(.POST, "/api/assess/css", beforeRequest: { $0.json(body) }) { response in
                #expect(response.status == .ok)
                #expect(response.json["band"]?.stringValue == "none")
                #expect(response.json["site"]?.stringValue == "left-thigh")
            }
        }
    }

    @Test(arguments: [
        (#"{"items": [1, 2, 3, 0]}"#, "items"),
        (#"{"items": [1, 2, 9, 0, 0]}"#, "items[2]"),
        (#"{"items": [1, 2, -1, 0, 0]}"#, "items[2]"),
        (#"{"items": [1, 2, 1.5, 0, 0]}"#, "items[2]"),
        (#"{"items": "1,2,1,2,2"}"#, "items"),
        (#"{"items": null}"#, "items"),
        (#"{}"#, "items"),
        (#"{"items": [1, 2, 1, 2, 2], "extra": true}"#, "extra"),
        (#"{"items": [1, 2, 1, 2, 2], "site": "knee"}"#, "site"),
    ])
    func invalidCSSIs422NamingTheField(body: String, field: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/assess/css", beforeRequest: { $0.json(body) }) { response in
                expectProblem(response, .unprocessableEntity, field: field)
            }
        }
    }

    @Test(arguments: [
        ("smooth", "smooth", "negative", 0), ("smooth", "smooth", "positive", 1),
        ("dimpled", "smooth", "positive", 2), ("dimpled", "dimpled", "positive", 3),
    ])
    func stagesNurnbergerMuller(standing: String, lying: String, pinch: String, stage: Int) async throws {
        try await withTestApp { app in
            let body = #"{"standing": "\#(standing)", "lying": "\#(lying)", "pinch": "\#(pinch)"}"#
            try await app.testing().test(.POST, "/api/assess/nurnberger-muller", beforeRequest: { $0.json(body) }) {
                response in
                #expect(response.status == .ok)
                #expect(response.json["scale"]?.stringValue == "nurnberger-muller")
                #expect(response.json["stage"]?.intValue == stage)
                try await expectConforms(response.json, to: "NurnbergerMullerResult", in: app)
            }
        }
    }

    @Test(arguments: [
        (#"{"standing": "smooth", "lying": "dimpled", "pinch": "positive"}"#, "lying"),
        (#"{"standing": "wavy", "lying": "smooth", "pinch": "positive"}"#, "standing"),
        (#"{"standing": "smooth", "lying": "smooth"}"#, "pinch"),
        (#"{"standing": 1, "lying": "smooth", "pinch": "positive"}"#, "standing"),
        (#"{"standing": "smooth", "lying": "smooth", "pinch": "positive", "sitting": "smooth"}"#, "sitting"),
    ])
    func invalidNurnbergerMullerIs422(body: String, field: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/assess/nurnberger-muller", beforeRequest: { $0.json(body) }) {
                response in
                expectProblem(response, .unprocessableEntity, field: field)
            }
        }
    }

    @Test func selfRating() async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/assess/self-rating", beforeRequest: { $0.json(#"{"level": 3}"#) })
            {
                response in
                #expect(response.status == .ok)
                #expect(response.json["level"]?.intValue == 3)
                #expect(response.json["label"]?.stringValue == "moderate")
                try await expectConforms(response.json, to: "SelfRatingResult", in: app)
            }
            try await app.testing().test(.POST, "/api/assess/self-rating", beforeRequest: { $0.json(#"{"level": 7}"#) })
            {
                response in
                expectProblem(response, .unprocessableEntity, field: "level")
            }
        }
    }

    @Test(arguments: ["/api/assess/css", "/api/assess/nurnberger-muller", "/api/assess/self-rating"])
    func malformedJSONIs400(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, path, beforeRequest: { $0.json("{items: [1,2") }) { response in
                expectProblem(response, .badRequest)
            }
        }
    }
}
