import Foundation
import PropertyBased
import Testing

@testable import CelluliteWeb

/// Answers travel in the address: what is encoded must parse back to the same answers.
@Suite struct QueryEncodingTests {
    static let text = Gen<String?>.element(of: [
        "a", "Z", "0", "-", ".", "_", "~", " ", "+", "&", "=", "%", "#", "?", "/", "é", "🙂", "\u{301}", "%2",
    ]).compactMap { $0 }.array(of: 0...12).map { $0.joined() }

    @Test func encodedAnswersParseBackToTheSamePairs() async throws {
        let pair = zip(Self.text.filter { !$0.isEmpty }, Self.text.filter { !$0.isEmpty })
        await propertyCheck(count: 300, input: pair.array(of: 0...6)) { pairs in
            let query = QueryParameters(pairs: pairs.map { (name: $0.0, value: $0.1) })
            let encoded = query.encoded()
            // Only unreserved characters, percent escapes and the separators remain.
            #expect(
                encoded.utf8.allSatisfy { byte in
                    byte < 128
                        && (byte == UInt8(ascii: "%") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "=")
                            || Character(UnicodeScalar(byte)).isLetter || Character(UnicodeScalar(byte)).isNumber
                            || "-._~".utf8.contains(byte))
                })
            let parsed = try QueryParameters(encoded: encoded, limits: QueryLimits())
            #expect(parsed == query)
        }
    }

    /// The last-plan cookie was escaped with Foundation before it used this: the same text.
    @Test func percentEncodingAgreesWithFoundationsUnreservedSet() async {
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        await propertyCheck(count: 500, input: Self.text) { text in
            #expect(
                QueryParameters.percentEncoded(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved))
        }
    }

    @Test func reservedAndNonASCIICharactersArePercentEncodedInUppercaseHex() {
        let query = QueryParameters(pairs: [(name: "q", value: "fake tan & más?")])
        #expect(query.encoded() == "q=fake%20tan%20%26%20m%C3%A1s%3F")
    }

    /// Pieces of queries as clients write them, broken escapes and bytes that are not UTF-8 included.
    static let encodedPiece = Gen<String?>.element(of: [
        "a", "Z", "0", "f", "F", "+", "%", "%2", "%20", "%2B", "%2b", "%zz", "%C3%A1", "%c3%a1", "%C3", "%FF", "%E2%82",
        "%F0%9F%99%82", "%00", "é", "~", "-",
    ]).compactMap { $0 }.array(of: 0...10).map { $0.joined() }

    /// The byte decoder must agree with Foundation's, which it replaced: "+" is a space, escapes
    /// are bytes, and anything that is not a whole escape or not UTF-8 is refused.
    @Test func decodingAgreesWithFoundation() async throws {
        await propertyCheck(count: 2_000, input: Self.encodedPiece) { piece in
            let foundation = piece.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            let decoded = try? QueryParameters.decode(Substring(piece))
            #expect(decoded == foundation, "\(piece)")
        }
    }
}
