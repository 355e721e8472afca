import Foundation

/// The query string (or an urlencoded form body) as ordered name/value pairs. Repeated names
/// (checkboxes) keep every value. Parsed by hand so `areas=thighs&areas=hips` means a list.
struct QueryParameters: Sendable, Hashable {
    var pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    init(encoded: String?) {
        guard let encoded, !encoded.isEmpty else {
            self.init()
            return
        }
        let pairs = encoded.split(separator: "&", omittingEmptySubsequences: true).map { part -> (String, String) in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            return (name, value)
        }
        self.init(pairs: pairs)
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The last non-empty value, trimmed; nil when absent or blank.
    func first(_ name: String) -> String? {
        values(name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.last { !$0.isEmpty }
    }

    var names: Set<String> { Set(pairs.map(\.name)) }

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
            .map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }
            .joined(separator: "&")
    }

    /// RFC 3986 unreserved characters, ASCII only.
    private static let allowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
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
