import Vapor

/// Answers 404 for an address nothing lives at and 405 with `Allow` for a method a known address
/// does not answer (security review D11), before static files, sessions or CSRF see the request.
struct MethodGate: AsyncMiddleware {
    let table: @Sendable () -> RouteTable

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let allowed = table().methods(for: request.url.path) else { throw RequestRejection.notFound }
        guard allowed.contains(request.method.rawValue) else {
            throw RequestRejection.methodNotAllowed(allowed: allowed)
        }
        return try await next.respond(to: request)
    }
}
