import Vapor

/// Why the web layer refused a request before a route handled it. Each case is one status, and
/// its detail is written for people: no framework or type names (security review D7).
enum RequestRejection: AbortError, Sendable, Hashable {
    case uriTooLong(limit: Int)
    case tooManyParameters(limit: Int)
    case repeatedParameter(name: String, limit: Int)
    case badPercentEncoding
    case controlCharacterInPath
    case bodyTooLarge(limit: Int)
    case notFound
    case methodNotAllowed(allowed: [String])
    case unsupportedMediaType(expected: String)
    case formExpired

    var status: HTTPResponseStatus {
        switch self {
        case .uriTooLong: .uriTooLong
        case .tooManyParameters, .repeatedParameter, .badPercentEncoding, .controlCharacterInPath: .badRequest
        case .bodyTooLarge: .payloadTooLarge
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .unsupportedMediaType: .unsupportedMediaType
        case .formExpired: .forbidden
        }
    }

    var reason: String {
        switch self {
        case .uriTooLong(let limit): "The address is longer than \(limit) bytes."
        case .tooManyParameters(let limit): "The address has more than \(limit) parameters."
        case .repeatedParameter(let name, let limit):
            "The parameter \(LogSafe.escaped(String(name.prefix(40)))) is repeated more than \(limit) times."
        case .badPercentEncoding: "The address has a %-escape that is not UTF-8."
        case .controlCharacterInPath: "The address contains a control character."
        case .bodyTooLarge(let limit): "The request body is larger than \(limit) bytes."
        case .notFound: "There is nothing at this address."
        case .methodNotAllowed(let allowed): "This address answers \(allowed.joined(separator: ", ")) only."
        case .unsupportedMediaType(let expected): "Send the body as \(expected)."
        case .formExpired: "The form's security token is missing or out of date."
        }
    }

    var headers: HTTPHeaders {
        guard case .methodNotAllowed(let allowed) = self else { return [:] }
        return ["Allow": allowed.joined(separator: ", ")]
    }
}

extension QueryLimitError {
    var rejection: RequestRejection {
        switch self {
        case .tooManyPairs(let limit): .tooManyParameters(limit: limit)
        case .repeated(let name, let limit): .repeatedParameter(name: name, limit: limit)
        case .badEncoding: .badPercentEncoding
        }
    }
}
