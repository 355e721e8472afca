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

    @Sendable func ask(_ request: Request) throws -> Response {
        guard let question = try request.queryValue("q") else {
            throw APIError.invalidParameter(name: "q", message: "is required: the question, e.g. ?q=does+caffeine+work")
        }
        if let problem = QuestionText.problem(question) {
            let message =
                switch problem {
                case .blank: "must not be empty or only spaces"
                case .tooLong: "must be at most \(QuestionText.maxLength) characters"
                case .controlCharacter: "must not contain control or text-direction characters"
                }
            throw APIError.invalidParameter(name: "q", message: message)
        }
        let limit = try request.queryInteger("limit", in: Self.limitRange) ?? Self.defaultLimit
        let answers = context.answerer.answer(question.trimmingCharacters(in: .whitespacesAndNewlines), limit: limit)
        return JSONResponse.make(json: answers.jsonBytes)
    }
}
