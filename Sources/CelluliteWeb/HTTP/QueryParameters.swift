import Foundation

/// The query string (or an urlencoded form body) as ordered name/value pairs. Repeated names
/// (checkboxes) keep every value. Parsed by hand, once per request and in one linear pass, so
/// `areas=thighs&areas=hips` means a list and no lookup re-reads the string.
struct QueryParameters: Sendable, Hashable {
    private(set) var pairs: [(name: String, value: String)]
    /// Positions of each name's pairs, so a lookup costs its own values, not the whole query.
    private var positions: [String: [Int]]

    init(pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
        positions = [:]
        for (index, pair) in pairs.enumerated() {
            positions[pair.name, default: []].append(index)
        }
    }

    /// Parses `encoded`, refusing it as soon as it breaks a limit, so a hostile query costs at most
    /// `limits.maxPairs` pairs of work.
    init(encoded: String?, limits: QueryLimits) throws(QueryLimitError) {
        self.init()
        guard let encoded, !encoded.isEmpty else { return }
        for part in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            guard pairs.count < limits.maxPairs else { throw .tooManyPairs(limit: limits.maxPairs) }
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(pieces[0])
            let value = pieces.count > 1 ? try Self.decode(pieces[1]) : ""
            let count = positions[name]?.count ?? 0
            guard count < limits.maxRepeats else { throw .repeated(name: name, limit: limits.maxRepeats) }
            positions[name, default: []].append(pairs.count)
            pairs.append((name, value))
        }
    }

    /// `+` is a space and `%XX` a byte; the bytes must be UTF-8. On bytes: Foundation's
    /// `replacingOccurrences` and `removingPercentEncoding` were a tenth of an ask request's time.
    static func decode(_ text: Substring) throws(QueryLimitError) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard index != utf8.endIndex, let high = hexValue(utf8[index]) else { throw .badEncoding }
                utf8.formIndex(after: &index)
                guard index != utf8.endIndex, let low = hexValue(utf8[index]) else { throw .badEncoding }
                utf8.formIndex(after: &index)
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .badEncoding }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    func values(_ name: String) -> [String] {
        positions[name]?.map { pairs[$0].value } ?? []
    }

    /// The last non-empty value, trimmed; nil when absent or blank.
    func first(_ name: String) -> String? {
        for position in (positions[name] ?? []).reversed() {
            let value = pairs[position].value.trimmingWhitespaceAndNewlines
            if !value.isEmpty { return value }
        }
        return nil
    }

    var names: Set<String> { Set(positions.keys) }

    /// Only the named fields, as the profile decoder takes them.
    func form(keeping names: Set<String>) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for pair in pairs where names.contains(pair.name) {
            result[pair.name, default: []].append(pair.value)
        }
        return result
    }

    /// Encodes back to a query string, keeping order and skipping empty values.
    func encoded(keeping names: Set<String>? = nil) -> String {
        pairs.filter { !$0.value.isEmpty && (names?.contains($0.name) ?? true) }
            .map { "\(Self.percentEncoded($0.name))=\(Self.percentEncoded($0.value))" }
            .joined(separator: "&")
    }

    /// Percent-encodes all but RFC 3986's unreserved characters (ASCII letters, digits, `-._~`).
    /// On UTF-8 bytes: Foundation's `addingPercentEncoding` was a twentieth of a plan page's time.
    static func percentEncoded(_ text: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                true
            default: false
            }
        }
        guard !text.utf8.allSatisfy(unreserved) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if unreserved(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }
}

/// How much of a query string (or form body) the app reads at all.
public struct QueryLimits: Sendable, Hashable {
    /// More pairs than any page sends: the plan form with every box ticked has under 50.
    public var maxPairs: Int
    /// The longest checkbox list (health conditions) has 18 options.
    public var maxRepeats: Int

    public init(maxPairs: Int = 128, maxRepeats: Int = 32) {
        self.maxPairs = maxPairs
        self.maxRepeats = maxRepeats
    }
}

/// Why a query string was refused before anything read it.
enum QueryLimitError: Error, Sendable, Hashable {
    case tooManyPairs(limit: Int)
    case repeated(name: String, limit: Int)
    case badEncoding
}
