import CelluliteKit
import Testing
import Vapor
import VaporTesting

@Suite struct AskAPITests {
    @Test func answersAQuestionWithCitations() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/ask?q=does%20caffeine%20cream%20work") { response in
                #expect(response.status == .ok)
                let result = response.json
                #expect(result["question"]?.stringValue == "does caffeine cream work")
                let answers = result["answers"]?.arrayValue ?? []
                #expect(!answers.isEmpty)
                for answer in answers {
                    #expect(!(answer["citations"]?.arrayValue.isEmpty ?? true))
                }
                try await expectConforms(result, to: "AskResult", in: app)
            }
        }
    }

    @Test func limitCapsTheAnswers() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/ask?q=cellulite%20treatment&limit=1") { response in
                #expect(response.status == .ok)
                #expect((response.json["answers"]?.arrayValue.count ?? 0) <= 1)
            }
        }
    }

    @Test(arguments: ["/api/ask", "/api/ask?q=", "/api/ask?q=%20%20"])
    func missingOrEmptyQuestionIs400(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { response in
                expectProblem(response, .badRequest, field: "q")
            }
        }
    }

    @Test(arguments: ["0", "11", "many"])
    func badLimitIs400(limit: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/ask?q=retinol&limit=\(limit)") { response in
                expectProblem(response, .badRequest, field: "limit")
            }
        }
    }
}
