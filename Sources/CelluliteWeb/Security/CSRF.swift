import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection for HTML forms, with no server-side state, so a
/// visitor's form writes nothing to the database (security review D3). A token is a random nonce
/// and its issue time, signed with the server key (HMAC-SHA256). It travels twice, in a cookie
/// and in the form (a signed double submit): a post is accepted only when both are present and
/// equal, the signature holds and the token has not expired. Another site can make a browser
/// post, but it cannot read or set our cookie, so it cannot make the two agree.
/// /api routes are exempt: they use no cookies, so a forged cross-site request carries nothing.
public enum CSRF {
    /// The hidden form field pages must include: `<input type="hidden" name="csrfToken" value="…">`.
    public static let fieldName = "csrfToken"
    /// Alternative for scripts that post with fetch().
    public static let headerName = "X-CSRF-Token"
    public static let cookieName = "cellulite-csrf"

    static let unsafeMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE]
}

/// Makes and checks tokens. The clock is passed in so tests can let a token expire.
struct CSRFTokens: Sendable {
    private static let nonceBytes = 16
    private static let timeBytes = 8

    let key: SymmetricKey
    let lifetime: Duration
    let clock: any WallClock

    func make() -> String {
        var payload = Data(count: Self.timeBytes)
        let issued = UInt64(max(0, clock.now().timeIntervalSince1970.rounded(.down)))
        for index in 0..<Self.timeBytes {
            payload[index] = UInt8(truncatingIfNeeded: issued >> (8 * UInt64(Self.timeBytes - 1 - index)))
        }
        var generator = SystemRandomNumberGenerator()
        payload += (0..<Self.nonceBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let signature = HMAC<SHA256>.authenticationCode(for: payload, using: key)
        return Base64URL.encode(payload + Data(signature))
    }

    /// True for a token this server signed that is not older than `lifetime` (nor from the future).
    func isValid(_ token: String) -> Bool {
        guard let bytes = Base64URL.decode(token), bytes.count == Self.timeBytes + Self.nonceBytes + 32 else {
            return false
        }
        let payload = bytes.prefix(Self.timeBytes + Self.nonceBytes)
        // isValidAuthenticationCode compares in constant time.
        guard HMAC<SHA256>.isValidAuthenticationCode(bytes.suffix(32), authenticating: payload, using: key) else {
            return false
        }
        let issued = payload.prefix(Self.timeBytes).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let age = clock.now().timeIntervalSince1970 - TimeInterval(issued)
        return age >= -60 && age <= lifetime.timeInterval
    }

    /// Compares without stopping at the first difference, so timing reveals nothing.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

enum Base64URL {
    static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> Data? {
        guard text.utf8.count <= 256 else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}

extension Request {
    /// The CSRF token to put in this page's forms as the hidden field `CSRF.fieldName`: the one
    /// the browser already holds while it is good, else a new one that the response sets as its
    /// cookie. Nothing is stored on the server.
    public func csrfToken() -> String {
        if let token = storage[CSRFTokenKey.self] { return token }
        let tokens = application.csrfTokens
        let token: String
        if let held = cookies[CSRF.cookieName]?.string, tokens.isValid(held) {
            token = held
        } else {
            token = tokens.make()
            storage[CSRFNewCookieKey.self] = true
        }
        storage[CSRFTokenKey.self] = token
        return token
    }
}

private struct CSRFTokenKey: StorageKey {
    typealias Value = String
}

private struct CSRFNewCookieKey: StorageKey {
    typealias Value = Bool
}

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
        guard request.headers.contentType == .urlEncodedForm else { return nil }
        return try request.formParameters(limits: settings.query).values(CSRF.fieldName).last
    }
}

extension Request {
    /// An urlencoded form body, parsed once (with the query limits) for the CSRF check and the page.
    func formParameters(limits: QueryLimits) throws -> QueryParameters {
        if let parsed = storage[ParsedFormKey.self] { return parsed }
        do {
            let form = try QueryParameters(encoded: body.string, limits: limits)
            storage[ParsedFormKey.self] = form
            return form
        } catch {
            throw error.rejection
        }
    }
}

private struct ParsedFormKey: StorageKey {
    typealias Value = QueryParameters
}
