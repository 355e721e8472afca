import Vapor

/// The headers every response carries, pages, API, static files and errors alike.
enum SecurityHeaders {
    /// Nothing loads from another host, only the site's own script files run (no inline script), no
    /// page may be framed.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static let always: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        // For browsers older than frame-ancestors.
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ]

    /// Sent only over HTTPS, where it means something.
    static let strictTransportSecurity = ("Strict-Transport-Security", "max-age=31536000")
}

/// The one place response headers for security and caching are set (security review D8, D9).
/// Outermost, so framework errors, static files and error pages get them too.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    let trustsForwardedProto: Bool
    let problems: ProblemMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = problems.response(for: error, request: request)
        }
        for (name, value) in SecurityHeaders.always {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: CachePolicy.of(request, response).headerValue)
        if request.arrivedOverHTTPS(trustingProxy: trustsForwardedProto) {
            response.headers.replaceOrAdd(
                name: SecurityHeaders.strictTransportSecurity.0, value: SecurityHeaders.strictTransportSecurity.1)
            for (name, var cookie) in response.cookies.all {
                cookie.isSecure = true
                response.cookies[name] = cookie
            }
        }
        return response
    }
}
