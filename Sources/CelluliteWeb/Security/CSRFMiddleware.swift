import Vapor

/// Rejects (403) any unsafe request outside /api whose cookie and submitted token do not agree,
/// and sets the cookie when a page handed out a new token.
struct CSRFMiddleware: AsyncMiddleware {
    let settings: SecuritySettings

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if CSRF.unsafeMethods.contains(request.method), !request.isAPI {
            let tokens = request.application.csrfTokens
            let held = request.cookies[CSRF.cookieName]?.string
            let given = try submittedToken(request)
            guard let held, let given, CSRFTokens.matches(given, held), tokens.isValid(held) else {
                throw RequestRejection.formExpired
            }
        }
        let response = try await next.respond(to: request)
        if request.storage[CSRFNewCookieKey.self] == true, let token = request.storage[CSRFTokenKey.self] {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(settings.csrfTokenLifetime.components.seconds), path: "/",
                isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    private func submittedToken(_ request: Request) throws -> String? {
        if let header = request.headers.first(name: CSRF.headerName) { return header }
        // A photo upload is a multipart form: its token is one of the parts.
        if request.headers.contentType?.type == "multipart", request.headers.contentType?.subType == "form-data" {
            return (try? request.content.decode(MultipartToken.self))?.csrfToken
        }
        guard request.headers.contentType == .urlEncodedForm else { return nil }
        return try request.formParameters(limits: settings.query).values(CSRF.fieldName).last
    }
}

private struct MultipartToken: Decodable {
    var csrfToken: String?
}
