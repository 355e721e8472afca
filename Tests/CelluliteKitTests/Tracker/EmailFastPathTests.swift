import Foundation
import PropertyBased
import Testing

@testable import CelluliteKit

/// The shortcuts `Email` takes for ASCII give what the full rules give.
@Suite struct EmailFastPathTests {
    @Test func everyASCIICharacterIsForbiddenExactlyWhenItsPropertiesSaySo() {
        for value in UInt32(0)...0x7F {
            let scalar = Unicode.Scalar(value)!
            #expect(Email.isForbidden(scalar) == Email.isForbiddenByProperties(scalar), "U+\(value)")
        }
    }

    /// Mostly ASCII (spaces, controls and capitals among it), some of the rest of Unicode.
    static let text = Gen<Character>.frequency(
        (8, Gen.character(in: "\u{0}"..."\u{7F}")),
        (1, Gen.character(in: "\u{80}"..."\u{2FFF}"))
    ).string(of: 0...24)

    @Test func normalisingIsFoundationsNormalising() async {
        await propertyCheck(count: 2_000, input: Self.text) { text in
            #expect(Email.normalise(text) == Email.normalisedByFoundation(text), "\(Array(text.utf8))")
        }
        for text in ["ana@x.org", " ana@x.org", "ana@x.org\n", "Ana@x.org", "\u{0B}a@x.org", "a@x.org\u{0C}", ""] {
            #expect(Email.normalise(text) == Email.normalisedByFoundation(text), "\(Array(text.utf8))")
        }
    }
}
