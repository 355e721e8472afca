import Foundation
import PropertyBased
import Testing

@testable import CelluliteWeb

/// Tokens in cookies, forms and headers: the byte-level encoders must write what Foundation's
/// string replacements wrote before them, so tokens already issued keep working.
@Suite struct TokenEncodingTests {
    static let bytes = Gen<UInt8>.uint8().array(of: 0...70)

    static func foundationBase64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    @Test func base64URLAgreesWithFoundationAndReadsBack() async {
        await propertyCheck(count: 1_000, input: Self.bytes) { bytes in
            let encoded = Base64URL.encode(bytes)
            #expect(encoded == Self.foundationBase64URL(Data(bytes)))
            #expect(Base64URL.decode(encoded) == Data(bytes))
        }
    }

    /// Pieces of what a client might send, valid or not.
    static let tokenPiece = Gen<String?>.element(of: [
        "A", "z", "0", "9", "-", "_", "+", "/", "=", "==", "%", " ", "é", "AAAA", "Zm9v", "YQ",
    ]).compactMap { $0 }.array(of: 0...12).map { $0.joined() }

    /// Only the URL-safe alphabet without padding is read; what it reads is what Foundation reads.
    @Test func base64URLDecodesExactlyTheURLAlphabet() async {
        await propertyCheck(count: 2_000, input: Self.tokenPiece) { text in
            let decoded = Base64URL.decode(text)
            if text.contains(where: { "+/=".contains($0) }) {
                #expect(decoded == nil, "\(text)")
            } else {
                var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
                standard += String(repeating: "=", count: (4 - standard.utf8.count % 4) % 4)
                #expect(decoded == Data(base64Encoded: standard), "\(text)")
            }
        }
    }

    @Test func base64URLRefusesLongText() {
        #expect(Base64URL.decode(String(repeating: "A", count: 260)) == nil)
        #expect(Base64URL.decode(String(repeating: "A", count: 256)) != nil)
    }

    @Test func hexAgreesWithFormattedBytes() async {
        await propertyCheck(count: 500, input: Self.bytes) { bytes in
            #expect(Hex.lowercase(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
        }
    }
}
