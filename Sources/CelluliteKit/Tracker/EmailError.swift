/// Why a text is not an acceptable email address: one case per problem, checked in this order.
/// `description` is a sentence for the person, naming the problem.
public enum EmailError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    /// A space, control or invisible formatting character, anywhere after trimming.
    case forbiddenCharacter(Unicode.Scalar)
    case tooLong(octets: Int)
    case missingAt
    case moreThanOneAt
    case emptyLocalPart
    case localPartTooLong(octets: Int)
    case emptyDomain
    case domainWithoutDot
    /// A domain that starts or ends with a dot, or has two dots in a row.
    case emptyDomainLabel

    public var description: String {
        switch self {
        case .empty: "an email address is required"
        case .forbiddenCharacter(let scalar):
            "an email address cannot contain \(Self.name(scalar)) (U+\(String(scalar.value, radix: 16, uppercase: true)))"
        case .tooLong(let octets): "an email address has at most \(Email.maxOctets) bytes; this one has \(octets)"
        case .missingAt: "an email address needs an @, like name@example.com"
        case .moreThanOneAt: "an email address has exactly one @"
        case .emptyLocalPart: "the part before the @ is empty"
        case .localPartTooLong(let octets):
            "the part before the @ has at most \(Email.maxLocalPartOctets) bytes; this one has \(octets)"
        case .emptyDomain: "the part after the @ is empty"
        case .domainWithoutDot: "the part after the @ needs a dot, like example.com"
        case .emptyDomainLabel: "the part after the @ has an empty name between dots"
        }
    }

    private static func name(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.isWhitespace { return "a space" }
        if scalar.properties.generalCategory == .control { return "a control character" }
        return "an invisible character"
    }
}
