import Foundation
import Vapor

/// Cross-site request forgery protection for HTML forms: a random token lives in the server-side
/// session and every form posts it back in a hidden field. /api routes are exempt: they use no
/// cookies, so a forged cross-site request carries nothing worth stealing.
public enum CSRF {
    /// The hidden form field pages must include: `<input type="hidden" name="csrfToken" value="…">`.
    public static let fieldName = "csrfToken"
    /// Alternative for scripts that post with fetch().
    public static let headerName = "X-CSRF-Token"
    static let sessionKey = "csrfToken"

    static let unsafeMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE]

    static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares without stopping at the first difference, so timing reveals nothing.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use (which also starts the session cookie).
    /// Put it in every POST form as the hidden field `CSRF.fieldName`.
    public func csrfToken() -> String {
        if let token = session.data[CSRF.sessionKey] { return token }
        let token = CSRF.makeToken()
        session.data[CSRF.sessionKey] = token
        return token
    }
}

/// Rejects (403) any non-GET request outside /api whose token does not match the session's.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard CSRF.unsafeMethods.contains(request.method), !request.isAPI else {
            return try await next.respond(to: request)
        }
        // Only an existing session can hold a token; never start one for a forged post.
        let expected = request.hasSession ? request.session.data[CSRF.sessionKey] : nil
        let given = try await submittedToken(request)
        guard let expected, let given, CSRF.matches(given, expected) else {
            throw Abort(.forbidden, reason: "The form's security token is missing or out of date.")
        }
        return try await next.respond(to: request)
    }

    private func submittedToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: CSRF.headerName) { return header }
        // Collect the body here (the route would otherwise collect it after us) to read the field.
        if request.body.data == nil {
            _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        }
        guard request.headers.contentType != nil else { return nil }
        return try? request.content.get(String.self, at: CSRF.fieldName)
    }
}
