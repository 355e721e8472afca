import CelluliteWeb
import Testing
import Vapor
import VaporTesting

@Suite struct AppTests {
    @Test func healthIsOK() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/health") { response in
                #expect(response.status == .ok)
                #expect(response.json == .object(["status": .string("ok")]))
            }
        }
    }

    @Test func unknownAPIPathIsAJSONProblem() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/nothing-here") { response in
                expectProblem(response, .notFound)
            }
        }
    }

    @Test func unknownPageIsAFriendlyHTMLPage() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/nothing-here") { response in
                #expect(response.status == .notFound)
                #expect(response.contentType.hasPrefix("text/html"))
                #expect(response.body.string.contains("Page not found"))
                #expect(response.body.string.contains("href=\"/\""))
            }
        }
    }

    @Test func bundledStylesheetIsServed() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/css/app.css") { response in
                #expect(response.status == .ok)
                #expect(response.contentType.hasPrefix("text/css"))
            }
        }
    }

    /// Over a real socket: health answers, and a body over the size limit is a 413 problem.
    @Test func overARealSocketHealthAnswersAndAnOversizedBodyIsA413Problem() async throws {
        try await withLiveServer { _, port in
            let health = try await rawRequest(port: port, HostileRequestTests.get("/health"))
            #expect(health.status == 200)
            let huge = #"{"age": 34, "allergies": [""# + String(repeating: "x", count: 40_000) + #""]}"#
            let refused = try await rawRequest(port: port, HostileRequestTests.postJSON("/api/plan", huge))
            #expect(refused.status == 413)
            #expect(refused.header("Content-Type")?.hasPrefix("application/problem+json") == true)
        }
    }

    /// Garbage of every kind gets a 4xx problem from every JSON route, never a 500.
    @Test(arguments: ["/api/plan", "/api/assess/css", "/api/assess/nurnberger-muller", "/api/assess/self-rating"])
    func noBadInputIsA500(path: String) async throws {
        let bodies = [
            "", " ", "null", "true", "0", "\"text\"", "[]", "{}", "{\"\": null}", "{\"age\": null}",
            "{\"age\": 1e400}", "{\"age\": -0}", "{\"items\": [[1]], \"level\": {}}", "{\"age\": 34,}", "\u{0}",
            "{\"standing\": null, \"lying\": [], \"pinch\": {}}", "{\"level\": 1e20}", "{\"age\": 9007199254740993}",
            String(repeating: "[", count: 5000),
        ]
        try await withTestApp { app in
            for body in bodies {
                try await app.testing().test(.POST, path, beforeRequest: { $0.json(body) }) { response in
                    #expect(
                        (400..<500).contains(response.status.code), "\(path) \(body.prefix(40)): \(response.status)")
                    #expect(response.contentType.hasPrefix("application/problem+json"))
                }
            }
        }
    }
}
