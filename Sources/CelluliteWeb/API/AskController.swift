import CelluliteKit
import Vapor

/// GET /api/ask?q=…: answers from the knowledge base with citations, or none when out of scope.
struct AskController: RouteCollection {
    static let defaultLimit = 3
    static let limitRange = 1...10

    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("ask", use: ask)
    }

    @Sendable func ask(_ request: Request) async throws -> Response {
        guard let question = request.queryText("q") else {
            throw APIError.invalidParameter(name: "q", message: "is required: the question, e.g. ?q=does+caffeine+work")
        }
        let limit = try request.queryInteger("limit", in: Self.limitRange) ?? Self.defaultLimit
        return try JSONResponse.make(context.answerer.answer(question, limit: limit))
    }
}
