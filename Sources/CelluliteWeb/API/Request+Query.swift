import Vapor

/// Reading the API's query parameters exactly as the OpenAPI document describes them: each at most
/// once, an empty value is a value (and so an error where it is not one of the choices), and
/// numbers are plain digits.
extension Request {
    /// The one value of an optional parameter; nil when absent.
    func queryValue(_ name: String) throws(APIError) -> String? {
        let values = queryParameters.values(name)
        guard values.count <= 1 else { throw .invalidParameter(name: name, message: "must be given once") }
        return values.first
    }

    /// An optional parameter that must be one of `E`'s raw values.
    func queryChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(APIError) -> E?
    where E.RawValue == String {
        guard let text = try queryValue(name) else { return nil }
        guard let value = E(rawValue: text) else {
            throw .invalidParameter(
                name: name,
                message:
                    "must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(text.prefix(40))\")")
        }
        return value
    }

    /// An optional whole-number parameter within `range`.
    func queryInteger(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text = try queryValue(name) else { return nil }
        let digits = !text.isEmpty && text.utf8.count <= 9 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
        guard digits, let value = Int(text), range.contains(value) else {
            throw .invalidParameter(
                name: name,
                message:
                    "must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(text.prefix(40))\")"
            )
        }
        return value
    }

    /// An optional text parameter of at most `maxLength` characters (code points).
    func queryText(_ name: String, maxLength: Int) throws(APIError) -> String? {
        guard let text = try queryValue(name) else { return nil }
        guard text.unicodeScalars.count <= maxLength else {
            throw .invalidParameter(name: name, message: "must be at most \(maxLength) characters")
        }
        return text
    }
}
