import PropertyBased
import Testing

@testable import CelluliteWeb

/// Citation anchors: the ASCII shortcut must give what the per-character rule gives, for clean
/// ids and for anything else a citation id could hold.
@Suite struct AnchorIDTests {
    static let piece = Gen<String?>.element(of: [
        "a", "Z", "0", "9", "-", "_", ".", " ", "/", "#", "é", "ß", "中", "e\u{301}", "١", "👍", "hexsel-2009",
    ]).compactMap { $0 }.array(of: 0...10).map { $0.joined() }

    static func perCharacter(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    @Test func anchorIDKeepsLettersDigitsAndHyphensAndHyphenatesTheRest() async {
        await propertyCheck(count: 2_000, input: Self.piece) { id in
            #expect(Present.anchorID(id) == Self.perCharacter(id))
        }
    }

    @Test func aCleanIDComesBackAsItIs() {
        #expect(Present.anchorID("hexsel-2009-css") == "hexsel-2009-css")
        #expect(Present.anchorID("a b/c") == "a-b-c")
    }
}
