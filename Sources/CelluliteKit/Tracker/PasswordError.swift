/// Why a password is refused. `description` tells the person what to change, never the password.
public enum PasswordError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooShort(characters: Int)
    case tooLong(characters: Int)
    /// A control character (tab, newline, NUL, …).
    case controlCharacter
    case common(WeakPasswordReason)

    public var description: String {
        let range = PasswordPolicy.characterRange
        return switch self {
        case .tooShort(let count):
            "a password needs at least \(range.lowerBound) characters; this one has \(count)"
        case .tooLong(let count):
            "a password has at most \(range.upperBound) characters; this one has \(count)"
        case .controlCharacter:
            "a password cannot contain control characters such as tabs or line breaks"
        case .common(let reason):
            "this password is too easy to guess: \(reason.description)"
        }
    }
}

/// Which common-password rule refused a password.
public enum WeakPasswordReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// On the published list of common passwords.
    case listed
    /// One character, repeated.
    case oneCharacterRepeated = "one-character-repeated"
    /// A shorter block, repeated.
    case repeatedBlock = "repeated-block"
    /// A run along the keyboard, the digits or the alphabet.
    case sequence
    /// Mostly the account's email address or parts of it.
    case builtOnEmail = "built-on-email"
    /// Mostly the name of this service.
    case builtOnServiceName = "built-on-service-name"

    public var description: String {
        switch self {
        case .listed: "it is on a list of passwords that many people use"
        case .oneCharacterRepeated: "it is one character repeated"
        case .repeatedBlock: "it repeats the same few characters"
        case .sequence: "it is a run of keys, digits or letters in order"
        case .builtOnEmail: "it is mostly your email address; add more of your own"
        case .builtOnServiceName: "it is mostly the name of this site; add more of your own"
        }
    }
}
