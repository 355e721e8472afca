import Foundation

/// An account's email address, normalised and checked.
///
/// Normalisation: surrounding whitespace trimmed, Unicode NFC, and the whole address lowercased,
/// local part included. RFC 5321 lets a server treat the local part as case-sensitive, but the
/// providers people use do not, and an account store that kept `Ana@x.org` and `ana@x.org` apart
/// would let one mailbox own two accounts (or let a look-alike sign-up lock its owner out). The
/// cost, two real mailboxes that differ only by case, is one nobody has in practice. NFC makes
/// "é" typed as one or two code points the same address, byte for byte, in the database.
///
/// Validation is deliberately modest (no attempt at RFC 5322's full grammar, which accepts
/// addresses no one can type): one `@`, non-empty parts, a dot in the domain and no empty domain
/// label, at most 254 octets in all (RFC 5321's path limit less the angle brackets) and 64 in the
/// local part, no spaces, control or invisible formatting characters. Non-ASCII is allowed (RFC 6531).
public struct Email: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised address, as stored and compared.
    public let address: String

    public static let maxOctets = 254
    public static let maxLocalPartOctets = 64

    public init(_ text: String) throws(EmailError) {
        let normalised = Self.normalise(text)
        try Self.validate(normalised)
        address = normalised
    }

    /// What `init` stores for `text`, valid or not: trimmed, NFC, lowercased.
    public static func normalise(_ text: String) -> String {
        // Already normal, as every stored address is: ASCII (NFC as it is), no capital, nothing to
        // trim. Foundation's three passes took 2% of a dashboard view, which reads one address.
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, !isASCIISpace(first), !isASCIISpace(last),
            bytes.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
        {
            return text
        }
        return normalisedByFoundation(text)
    }

    static func normalisedByFoundation(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// What `.whitespacesAndNewlines` holds of ASCII: tab to carriage return, and space.
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Before the `@`.
    public var localPart: Substring { address[..<address.lastIndex(of: "@")!] }
    /// After the `@`.
    public var domain: Substring { address[address.index(after: address.lastIndex(of: "@")!)...] }

    public var description: String { address }

    public static func < (lhs: Email, rhs: Email) -> Bool { lhs.address < rhs.address }

    private static func validate(_ address: String) throws(EmailError) {
        guard !address.isEmpty else { throw .empty }
        if let scalar = address.unicodeScalars.first(where: isForbidden) { throw .forbiddenCharacter(scalar) }
        let octets = address.utf8.count
        guard octets <= maxOctets else { throw .tooLong(octets: octets) }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count > 1 else { throw .missingAt }
        guard parts.count == 2 else { throw .moreThanOneAt }
        let (local, domain) = (parts[0], parts[1])
        guard !local.isEmpty else { throw .emptyLocalPart }
        guard local.utf8.count <= maxLocalPartOctets else { throw .localPartTooLong(octets: local.utf8.count) }
        guard !domain.isEmpty else { throw .emptyDomain }
        guard domain.contains(".") else { throw .domainWithoutDot }
        guard !domain.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw .emptyDomainLabel
        }
    }

    /// Spaces of any kind, control characters, and invisible format characters (zero-width
    /// space, bidirectional overrides) that would make two addresses look the same.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        // Of ASCII, the controls and the space (checked against the properties for all 128).
        if scalar.isASCII { return scalar.value < 0x21 || scalar.value == 0x7F }
        return isForbiddenByProperties(scalar)
    }

    static func isForbiddenByProperties(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned:
            return true
        default:
            return false
        }
    }
}

extension Email: Codable {
    /// Decoding validates: a stored address that is not valid is refused, not trusted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(address)
    }
}
