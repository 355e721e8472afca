import CelluliteKit
import Foundation
import Vapor

/// Turns every error into a response: a JSON problem for /api, the friendly HTML page elsewhere.
/// Replaces Vapor's ErrorMiddleware so nothing leaks as `{"error": true}`.
struct ProblemMiddleware: AsyncMiddleware {
    let environment: Environment
    /// The error page shows the knowledge base's review date, like every page.
    let meta: KnowledgeMeta

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: error, request: request)
        }
    }

    func response(for error: any Error, request: Request) -> Response {
        let problem = Problem(error: error, environment: environment)
        if problem.status >= 500 {
            request.logger.report(error: error)
        }
        var headers: HTTPHeaders = (error as? any AbortError)?.headers ?? [:]
        let body: Response.Body
        if request.isAPI {
            headers.contentType = Problem.mediaType
            // Sorted keys: the same problem is the same bytes, so answers cannot be told apart by order.
            body = .init(data: (try? JSONResponse.encoder.encode(problem)) ?? Data())
        } else {
            headers.contentType = .html
            body = .init(string: ErrorPage.render(problem, meta: meta))
        }
        return Response(status: problem.httpStatus, headers: headers, body: body)
    }
}

extension Request {
    /// True for the JSON API and /health, whose errors are problem documents rather than pages.
    var isAPI: Bool {
        let path = url.path
        return path == "/api" || path.hasPrefix("/api/") || path == "/health"
    }
}
