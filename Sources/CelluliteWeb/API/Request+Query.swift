import Vapor

extension Request {
    /// An optional query parameter that must be one of `E`'s raw values; empty means absent.
    func queryChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(APIError) -> E?
    where E.RawValue == String {
        guard let text = queryText(name) else { return nil }
        guard let value = E(rawValue: text) else {
            throw .invalidParameter(
                name: name,
                message: "must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(text)\")")
        }
        return value
    }

    /// An optional query parameter, trimmed; nil when absent or blank.
    func queryText(_ name: String) -> String? {
        guard let raw = try? query.get(String.self, at: name) else { return nil }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// An optional whole-number query parameter within `range`.
    func queryInteger(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text = queryText(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidParameter(
                name: name,
                message: "must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(text)\")")
        }
        return value
    }
}
