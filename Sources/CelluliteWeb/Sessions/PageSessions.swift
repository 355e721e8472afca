import Vapor

/// Vapor's session middleware for pages only: the API authenticates by bearer token alone and
/// never reads the session cookie (ARCHITECTURE 3.6), so a cookie sent to /api costs no lookup.
struct PageSessions: AsyncMiddleware {
    let sessions: SessionsMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !request.isAPI else { return try await next.respond(to: request) }
        return try await sessions.respond(to: request, chainingTo: next).get()
    }
}
