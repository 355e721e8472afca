import Foundation
import PropertyBased
import Testing

@testable import CelluliteKit

/// Form values are trimmed as Foundation trims `.whitespaces`, with or without its scan.
@Suite struct TrimmingSpacesTests {
    static let text = Gen<String?>.element(of: [
        "a", "7", " ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "é", "e\u{301}", "\u{301}", "中", "🙂", ",",
        "\u{0B}", "\r", "\u{0C}", "\u{1C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{0}",
    ]).compactMap { $0 }.array(of: 0...8).map { $0.joined() }

    @Test func trimmingSpacesAgreesWithFoundation() async {
        await propertyCheck(count: 2_000, input: Self.text) { text in
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
            let substring = text[...]
            #expect(substring.trimmingSpaces == substring.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func trimmingWhitespaceAndNewlinesAgreesWithFoundation() async {
        await propertyCheck(count: 2_000, input: Self.text) { text in
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines))
            let substring = text[...]
            #expect(
                substring.trimmingWhitespaceAndNewlines == substring.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Every ASCII character at either end, where the shortcut decides alone.
    @Test func everyASCIIEndTrimsAsFoundationDoes() {
        for byte in UInt8(0)..<128 {
            let character = String(UnicodeScalar(byte))
            for text in [character + "a", "a" + character, character] {
                #expect(
                    text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "byte \(byte)")
            }
        }
    }
}
