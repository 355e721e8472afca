import Foundation
import PropertyBased
import Testing

@testable import CelluliteKit

/// Form values are trimmed as Foundation trims `.whitespaces`, with or without its scan.
@Suite struct TrimmingSpacesTests {
    static let text = Gen<String?>.element(of: [
        "a", "7", " ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "é", "e\u{301}", "\u{301}", "中", "🙂", ",",
        "\u{0B}",
    ]).compactMap { $0 }.array(of: 0...8).map { $0.joined() }

    @Test func trimmingSpacesAgreesWithFoundation() async {
        await propertyCheck(count: 2_000, input: Self.text) { text in
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
            let substring = text[...]
            #expect(substring.trimmingSpaces == substring.trimmingCharacters(in: .whitespaces))
        }
    }
}
