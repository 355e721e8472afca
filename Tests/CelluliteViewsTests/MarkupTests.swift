import PropertyBased
import Testing

@testable import CelluliteViews

/// `Markup` writes what Plot wrote (the pages are byte-identical), and escapes every value.
@Suite struct MarkupTests {
    @Test func attributesKeepTheirOrderAndALaterValueReplacesAnEarlierOneInPlace() {
        let link = Markup.el(
            "a", .attr("class", "plain"), .attr("href", "/x"), .safe("Go"), .attr("class", "button"))
        #expect(link.rendered == #"<a class="button" href="/x">Go</a>"#)
    }

    @Test func anEmptyValueLeavesTheAttributeOutUnlessItMustBeKept() {
        let input = Markup.selfClosedElement(
            named: "input", attributes: [.attr("class", ""), .attrKeepingEmpty("value", ""), .flag("checked", false)])
        #expect(input.rendered == "<input value/>")
        #expect(
            Markup.el("p", .flag("hidden", true), .flag("aria-current", true, value: "page")).rendered
                == #"<p hidden="hidden" aria-current="page"></p>"#)
    }

    @Test func aGroupsAttributesGoToTheElementItIsPlacedIn() {
        let group = Markup.group(.attr("id", "a"), .safe("one"), .el("b", .safe("two")))
        #expect(Markup.el("p", group).rendered == #"<p id="a">one<b>two</b></p>"#)
        #expect(group.rendered == "one<b>two</b>")
    }

    /// Pieces of text that break out of an attribute or an element when written as they are.
    static let hostileText = Gen<String?>.element(of: [
        "&", "<", ">", "\"", "'", "a", "é", "🙂", " ", "\u{301}", "&amp;", "</p>", "=", "\n",
    ]).compactMap { $0 }.array(of: 0...24).map { $0.joined() }

    @Test func textAndValuesAreEscapedSoTheyComeBackUnchanged() async {
        await propertyCheck(count: 300, input: Self.hostileText, Self.hostileText) { text, value in
            let html = Markup.el("p", .attr("title", value), .safe(text)).rendered
            let expectedValue = value.isEmpty ? "" : #" title=""# + Self.escaped(value) + #"""#
            #expect(html == "<p\(expectedValue)>\(Self.escaped(text))</p>")
            #expect(Self.unescaped(Self.escaped(text)) == text)
        }
    }

    /// The writer that plan pages use writes what the same `Markup` writes.
    @Test func theWriterWritesWhatMarkupWrites() async {
        await propertyCheck(count: 300, input: Self.hostileText, Self.hostileText) { text, value in
            var html = HTMLWriter(reservingCapacity: 0)
            html.startTag("p")
            html.attribute("title", value)
            html.endOfStartTag()
            html.text(text)
            html.textList([text, value], class: value)
            html.link(text, to: .onThisPage(id: value))
            html.hiddenInput(text, value)
            html.element("span", "id", value, text: text)
            html.close("p")
            let markup = Markup.el(
                "p", .attr("title", value), .safe(text), H.textList([text, value], class: value),
                H.link(text, to: .onThisPage(id: value)), FormUI.hidden(text, value),
                .el("span", .attr("id", value), .safe(text)))
            #expect(html.markup.rendered == markup.rendered)

            var section = HTMLWriter(reservingCapacity: 0)
            section.openSection(id: value, heading: text, class: value)
            section.text(text)
            section.close("section")
            #expect(
                section.markup.rendered == H.section(id: value, heading: text, class: value, [.safe(text)]).rendered)
        }
    }

    /// Every byte value at every position of texts up to three words long, where the word-at-a-time
    /// scan and the byte-by-byte tail meet: escaped as byte-by-byte replacement escapes it.
    @Test func everyByteAtEveryPositionIsEscapedAsOnItsOwn() {
        for length in 1...24 {
            for position in 0..<length {
                for byte in UInt8.min...UInt8.max {
                    var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    text[position] = byte
                    var escaped: [UInt8] = []
                    text.withUnsafeBufferPointer { HTMLEscaping.append($0, to: &escaped) }
                    #expect(escaped == Self.escapedBytes(text), "byte \(byte) at \(position) of \(length)")
                }
            }
        }
    }

    /// Texts dense with the five and their neighbours (one bit away), any length.
    @Test func textsFullOfSpecialsAreEscapedAsByteByByte() async {
        let bytes = Gen<UInt8?>.element(of: [
            0x22, 0x26, 0x27, 0x3C, 0x3E, 0x23, 0x2E, 0x3D, 0x1C, 0xA6, 0xBC, 0x61, 0x20,
        ])
        .compactMap { $0 }.array(of: 0...40)
        await propertyCheck(count: 2_000, input: bytes) { text in
            var escaped: [UInt8] = []
            text.withUnsafeBufferPointer { HTMLEscaping.append($0, to: &escaped) }
            #expect(escaped == Self.escapedBytes(text))
        }
    }

    private static func escapedBytes(_ text: [UInt8]) -> [UInt8] {
        text.flatMap { byte -> [UInt8] in
            switch byte {
            case UInt8(ascii: "&"): Array("&amp;".utf8)
            case UInt8(ascii: "<"): Array("&lt;".utf8)
            case UInt8(ascii: ">"): Array("&gt;".utf8)
            case UInt8(ascii: "\""): Array("&quot;".utf8)
            case UInt8(ascii: "'"): Array("&#39;".utf8)
            default: [byte]
            }
        }
    }

    @Test func aMemoBuildsEachKeyOnceAndStopsKeepingWhenFull() {
        let memo = MarkupMemo<Int>(capacity: 2)
        var builds = 0
        func markup(_ key: Int) -> String {
            memo.markup(key) {
                builds += 1
                return .safe("key \(key)")
            }.rendered
        }
        #expect([markup(1), markup(1), markup(2), markup(1)] == ["key 1", "key 1", "key 2", "key 1"])
        #expect(builds == 2)
        // Full: a third key is still right, built every time.
        #expect([markup(3), markup(3)] == ["key 3", "key 3"])
        #expect(builds == 4)
    }

    /// An independent oracle: Character by Character, as the escaping did before it used bytes.
    private static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(scalar)
            }
        }.joined()
    }

    /// On bytes, so an entity followed by a combining mark is still found.
    private static func unescaped(_ html: String) -> String {
        var bytes = Array(html.utf8)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            let pattern = Array(entity.utf8)
            var result: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index...].starts(with: pattern) {
                    result += character.utf8
                    index += pattern.count
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            bytes = result
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
