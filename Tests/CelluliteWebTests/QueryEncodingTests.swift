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

    @Test func reservedAndNonASCIICharactersArePercentEncodedInUppercaseHex() {
        let query = QueryParameters(pairs: [(name: "q", value: "fake tan & más?")])
        #expect(query.encoded() == "q=fake%20tan%20%26%20m%C3%A1s%3F")
    }
}
