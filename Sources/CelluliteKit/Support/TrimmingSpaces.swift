import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: spaces and tabs off both ends. Form values almost
    /// never have any, and then Foundation's scan (a quarter of reading a plan's answers) is
    /// skipped: an end that is ASCII and not a space or tab is not trimmed.
    var trimmingSpaces: String {
        trimming(in: .whitespaces) { $0 != " " && $0 != "\t" }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, skipping Foundation's scan the same way
    /// when both ends are ASCII and neither a space nor a control from tab to carriage return
    /// (a query value is looked up a dozen times for a plan page's answer table).
    public var trimmingWhitespaceAndNewlines: String {
        trimming(in: .whitespacesAndNewlines) { $0 != " " && !("\t"..."\r").contains($0) }
    }

    /// `trimmingCharacters(in: set)`, or the text as it is when both ends are ASCII scalars that
    /// `keepsASCII` says are outside the set. The set is only made when it is needed: getting
    /// Foundation's `CharacterSet.whitespaces` costs more than the check.
    private func trimming(
        in set: @autoclosure () -> CharacterSet, keepsASCII: (Unicode.Scalar) -> Bool
    ) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        func keeps(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && keepsASCII(scalar) }
        return keeps(first) && keeps(last) ? String(self) : trimmingCharacters(in: set())
    }
}
