import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: spaces and tabs off both ends. Form values almost
    /// never have any, and then Foundation's scan (a quarter of reading a plan's answers) is
    /// skipped: an end that is ASCII and not a space or tab is not trimmed.
    var trimmingSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        func keeps(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar != " " && scalar != "\t" }
        return keeps(first) && keeps(last) ? String(self) : trimmingCharacters(in: .whitespaces)
    }
}
