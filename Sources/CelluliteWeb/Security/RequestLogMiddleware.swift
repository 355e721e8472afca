import Vapor

/// Logs each request's method and path, decoded for people and escaped for the log. Replaces
/// Vapor's RouteLoggingMiddleware, which logs the decoded path verbatim.
struct RequestLogMiddleware: AsyncMiddleware {
    let level: Logger.Level

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path.removingPercentEncoding ?? request.url.path
        request.logger.log(level: level, "\(request.method) \(LogSafe.escaped(String(path.prefix(512))))")
        return try await next.respond(to: request)
    }
}
