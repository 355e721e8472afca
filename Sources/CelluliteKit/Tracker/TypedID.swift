import Foundation

/// A UUID tagged with the kind of thing it names, so an account id can never be passed where a
/// check-in id is expected: `Account.ID` and `CheckIn.ID` are different types over the same UUID.
///
/// Encodes as the UUID's lowercase string (RFC 9562 prints lowercase); decodes either case.
public struct TypedID<Tag>: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Nil unless `text` is a UUID (any case), like "7d444840-9dc0-11d1-b245-5ffdce74fad2".
    public init?(uuidString text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.init(uuid)
    }

    /// Lowercase, as stored and sent.
    public var uuidString: String { uuid.uuidString.lowercased() }

    public var description: String { uuidString }

    /// By the UUID's bytes: an arbitrary but stable order for sorting ties.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        withUnsafeBytes(of: lhs.uuid.uuid) { left in
            withUnsafeBytes(of: rhs.uuid.uuid) { right in left.lexicographicallyPrecedes(right) }
        }
    }
}

extension TypedID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a UUID: \(text.prefix(60))")
        }
        self.init(uuid)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(uuidString)
    }
}
