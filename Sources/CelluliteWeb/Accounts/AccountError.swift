import Vapor

/// Why an account request was refused. One answer for an unknown email and a wrong password, so
/// a caller cannot learn which emails have accounts.
enum AccountError: Error, Sendable, Hashable {
    /// No valid credentials: missing, unknown or expired token, or a wrong email or password (401).
    case unauthorized
    /// The current password given to change or delete the account is wrong (403).
    case wrongPassword
    /// An account with this email exists (409).
    case emailTaken
    /// Too many failed log-ins; try again after this many seconds (429).
    case rateLimited(retryAfter: Int)
}

extension AccountError: AbortError {
    var status: HTTPResponseStatus {
        switch self {
        case .unauthorized: .unauthorized
        case .wrongPassword: .forbidden
        case .emailTaken: .conflict
        case .rateLimited: .tooManyRequests
        }
    }

    var reason: String {
        switch self {
        case .unauthorized: "The email or password is wrong, or the token is missing, unknown or expired."
        case .wrongPassword: "The password is wrong."
        case .emailTaken: "An account with this email exists. Log in instead, or use another email."
        case .rateLimited(let seconds):
            "Too many failed log-ins. Try again in \(seconds) seconds."
        }
    }

    var headers: HTTPHeaders {
        switch self {
        case .unauthorized: ["WWW-Authenticate": "Bearer"]
        case .rateLimited(let seconds): ["Retry-After": String(seconds)]
        case .wrongPassword, .emailTaken: [:]
        }
    }
}
