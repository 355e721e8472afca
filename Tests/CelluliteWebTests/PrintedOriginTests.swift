import PropertyBased
import Testing
import Vapor

@testable import CelluliteWeb

/// The printed origin takes a Host header only when every character is an ASCII letter, digit or
/// one of `.-:[]`. Checked on bytes: it must accept exactly what the Character check accepted.
@Suite struct PrintedOriginTests {
    static let host = Gen<String?>.element(of: [
        "a", "Z", "7", ".", "-", ":", "[", "]", "_", " ", "\r\n", "\n", "/", "@", "é", "e\u{301}", "\u{301}",
        "٣", "Ａ", "ß", "🙂", "%", "\u{0}",
    ]).compactMap { $0 }.array(of: 0...10).map { $0.joined() }

    static func acceptedByCharacters(_ host: String) -> Bool {
        host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
    }

    @Test func bytesAcceptWhatCharactersAccepted() async {
        await propertyCheck(count: 2_000, input: Self.host) { host in
            #expect(host.utf8.allSatisfy(Request.isHostByte) == Self.acceptedByCharacters(host))
        }
    }

    @Test func everyASCIICharacterIsJudgedAsBefore() {
        for byte in UInt8(0)..<128 {
            let host = String(UnicodeScalar(byte))
            #expect(host.utf8.allSatisfy(Request.isHostByte) == Self.acceptedByCharacters(host), "byte \(byte)")
        }
    }
}
