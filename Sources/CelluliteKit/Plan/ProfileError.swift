/// One invalid field of a profile, named as in the JSON contract (e.g. "severity.score").
public struct FieldError: Error, Sendable, Hashable, Codable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// Why a profile was rejected. Nothing partial is ever returned alongside it.
public enum ProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is not JSON at all (or not an object).
    case malformed(String)
    /// Valid JSON, but one or more fields are wrong.
    case invalidFields([FieldError])

    public var fieldErrors: [FieldError] {
        switch self {
        case .malformed: []
        case .invalidFields(let errors): errors
        }
    }

    /// One line, naming every bad field.
    public var description: String {
        switch self {
        case .malformed(let reason): "profile is not valid JSON: \(reason)"
        case .invalidFields(let errors):
            errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        }
    }
}
