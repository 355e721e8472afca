import CelluliteKit
import Foundation
import PropertyBased
import Testing

/// A random JSON document (with unique keys) and the text that encodes it, with random spacing.
private struct Document {
    var value: JSONValue
    var text: String

    init(seed: Int) {
        var random = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        (value, text) = Self.make(depth: 0, &random)
    }

    private static let samples = ["", "a", "pregnant", "ü é", "quote \" and \\ back", "tab\tnew\nline", "😀", "\u{1}"]

    private static func space(_ random: inout SplitMix64) -> String {
        ["", " ", "\n", "\t ", "\r\n"][Int.random(in: 0..<5, using: &random)]
    }

    private static func encode(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func make(depth: Int, _ random: inout SplitMix64) -> (JSONValue, String) {
        let kind = Int.random(in: 0..<(depth >= 4 ? 5 : 7), using: &random)
        switch kind {
        case 0: return (.null, "null")
        case 1:
            let flag = Bool.random(using: &random)
            return (.bool(flag), flag ? "true" : "false")
        case 2:
            let number = Int.random(in: -100_000...100_000, using: &random)
            return (.number(Double(number)), String(number))
        case 3:
            let number = Double(Int.random(in: -9999...9999, using: &random)) / 100
            return (.number(number), "\(number)")
        case 4:
            let text = samples[Int.random(in: 0..<samples.count, using: &random)]
            return (.string(text), encode(text))
        case 5:
            var items: [JSONValue] = []
            var parts: [String] = []
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let (item, text) = make(depth: depth + 1, &random)
                items.append(item)
                parts.append(space(&random) + text + space(&random))
            }
            return (.array(items), "[" + parts.joined(separator: ",") + "]")
        default:
            var members: [String: JSONValue] = [:]
            var parts: [String] = []
            for index in 0..<Int.random(in: 0...4, using: &random) {
                let key = "k\(index)"
                let (member, text) = make(depth: depth + 1, &random)
                members[key] = member
                parts.append(space(&random) + encode(key) + space(&random) + ":" + space(&random) + text)
            }
            return (.object(members), "{" + parts.joined(separator: ",") + "}")
        }
    }
}

private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try StrictJSON.parse(Array(text.utf8)) }

private func rejects(_ text: String, saying fragment: String) -> Bool {
    do {
        _ = try parse(text)
        return false
    } catch {
        return error.message.contains(fragment)
    }
}

@Suite struct StrictJSONTests {
    @Test func randomDocumentsReadBackExactlyAndAgreeWithFoundation() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
            let document = Document(seed: seed)
            #expect((try? parse(document.text)) == document.value, "\(document.text)")
            let foundation = try? JSONSerialization.jsonObject(
                with: Data(document.text.utf8), options: [.fragmentsAllowed])
            #expect(foundation != nil, "Foundation refused \(document.text)")
        }
    }

    @Test func aRepeatedKeyAnywhereIsRefused() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
            let text = Document(seed: seed).text
            // Repeat the first member of the first non-empty object: `{"k0":…` becomes `{"k0":null,"k0":…`.
            guard let range = text.range(of: "\"k0\"") else { return }
            let repeated = text.replacingCharacters(in: range, with: "\"k0\":null,\"k0\"")
            #expect(rejects(repeated, saying: "appears twice"), "\(repeated)")
        }
    }

    @Test func aCommaBeforeAnyClosingBracketIsRefused() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
            let text = Document(seed: seed).text
            guard let close = text.lastIndex(where: { $0 == "]" || $0 == "}" }) else { return }
            let before = text[..<close].last { !$0.isWhitespace }
            guard before != "[" && before != "{" else { return }
            var broken = text
            broken.insert(",", at: close)
            #expect((try? parse(broken)) == nil, "\(broken)")
        }
    }

    @Test func theReviewedProfileThatDroppedAPregnancyIsRefused() {
        let body = #"{"age":34,"conditions":[],"conditions":["pregnant"]}"#
        #expect(throws: ProfileError.malformed(#"the key "conditions" appears twice"#)) {
            try ProfileDecoder.decode(json: Array(body.utf8))
        }
        #expect(throws: ProfileError.self) { try ProfileDecoder.decode(json: Array(#"{"age": 34,}"#.utf8)) }
    }

    @Test func nestingIsCappedBeforeAnythingIsBuilt() throws {
        let deep =
            String(repeating: "[", count: StrictJSON.defaultMaxDepth)
            + String(
                repeating: "]", count: StrictJSON.defaultMaxDepth)
        #expect(try parse(deep) != .null)
        #expect(rejects("[" + deep + "]", saying: "nested more than 16 levels"))
        #expect(rejects(String(repeating: "[", count: 100_000), saying: "nested more than"))
    }

    @Test func whatRFC8259ForbidsIsRefused() {
        #expect(rejects("01", saying: "may not start with 0"))
        #expect(rejects("1e400", saying: "too large"))
        #expect(rejects(#""\ud800""#, saying: "lone surrogate"))
        #expect(rejects(#""\udc00x""#, saying: "lone surrogate"))
        #expect(rejects("\"a\u{1}b\"", saying: "control character"))
        #expect(rejects("[1,]", saying: "comma before a closing bracket"))
        #expect(rejects(#"{"a":1,}"#, saying: "comma before a closing bracket"))
        #expect(rejects("nul", saying: "unexpected word"))
        #expect(rejects("1 2", saying: "after the JSON value"))
        #expect(rejects("", saying: "empty"))
        #expect(rejects("1.", saying: "digit after '.'"))
        #expect((try? StrictJSON.parse([0x22, 0xFF, 0x22])) == nil)
    }

    /// A string's bytes are read as they are only when they are UTF-8, with or without an escape
    /// before them (the two ways a string is read).
    @Test func aStringIsItsBytesExactlyWhenTheyAreUTF8() async {
        let byte = Gen.int(in: 0x20...0xFF).map(UInt8.init).filter { $0 != 0x22 && $0 != 0x5C }
        await propertyCheck(count: 400, input: byte.array(of: 0...12), Gen.bool) { bytes, escaped in
            let prefix: [UInt8] = escaped ? Array(#"\n"#.utf8) : []
            let text = [0x22] + prefix + bytes + [0x22]
            let expected = String(validating: bytes, as: UTF8.self).map { (escaped ? "\n" : "") + $0 }
            #expect((try? StrictJSON.parse(text)) == expected.map(JSONValue.string), "\(bytes)")
        }
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        #expect(try parse(#""\u00e9\ud83d\ude00\n\/""#) == .string("é😀\n/"))
        #expect(try parse(" -0.5e2 ") == .number(-50))
    }
}
