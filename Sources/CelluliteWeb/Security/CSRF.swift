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

/// The token this request's page hands out.
struct CSRFTokenKey: StorageKey {
    typealias Value = String
}

/// Set when that token is new, so `CSRFMiddleware` sets it as the cookie.
struct CSRFNewCookieKey: StorageKey {
    typealias Value = Bool
}
