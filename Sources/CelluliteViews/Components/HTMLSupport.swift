import Plot

// Plot escapes text nodes but writes attribute values as given, so every attribute value that is
// not a fixed literal goes through `attributeEscaped` (via the helpers below).

extension String {
    /// Safe inside a double-quoted HTML attribute. Works on UTF-8 bytes: the five characters are
    /// ASCII, most text has none of them (returned as is, without a copy), and comparing Characters
    /// was a fifth of a plan page's rendering time. Bytes also catch a quote followed by a
    /// combining mark, which a Character comparison would let through unescaped.
    var attributeEscaped: String {
        guard attributeNeedsEscaping else { return self }
        var text = self
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        text.withUTF8 { HTMLEscaping.append($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the text holds any of the five characters `attributeEscaped` replaces.
    var attributeNeedsEscaping: Bool {
        utf8.withContiguousStorageIfAvailable { HTMLEscaping.firstSpecial(in: $0, from: 0) < $0.count }
            ?? utf8.contains(where: HTMLEscaping.isSpecial)
    }

    /// Safe as element text even where Plot's own escaping would keep an entity-like sequence.
    var textEscaped: String {
        attributeEscaped
    }
}

extension Node {
    /// An attribute whose value is escaped (the document's `<head>`, which Plot writes).
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: value.attributeEscaped)
    }

    /// Text that is escaped completely.
    static func safe(_ text: String) -> Node {
        .raw(text.textEscaped)
    }
}

extension Attribute {
    static func attr(_ name: String, _ value: String) -> Attribute {
        Attribute(name: name, value: value.attributeEscaped)
    }
}

typealias BodyNode = Markup

extension Array where Element == String {
    /// "Fills dimples, firms the skin": one phrase list, capitalised once.
    var phraseList: String {
        enumerated().map { index, phrase in
            index == 0 ? phrase : phrase.prefix(1).lowercased() + phrase.dropFirst()
        }.joined(separator: ", ")
    }
}

/// Shortcuts for the elements every view uses, all in the body context and all escaping.
enum H {
    static func link(_ text: String, to url: SiteURL, _ extra: BodyNode...) -> BodyNode {
        .el("a", [.attr("href", url), .safe(text)] + extra)
    }

    static func p(_ text: String, class className: String? = nil) -> BodyNode {
        .el("p", [className.map { .attr("class", $0) } ?? .empty, .safe(text)])
    }

    static func heading(_ level: Int, _ text: String, id: String? = nil) -> BodyNode {
        .el("h\(level)", [id.map { .attr("id", $0) } ?? .empty, .safe(text)])
    }

    static func div(_ className: String, _ nodes: [BodyNode]) -> BodyNode {
        .el("div", [.attr("class", className)] + nodes)
    }

    static func div(_ className: String, _ nodes: BodyNode...) -> BodyNode {
        div(className, nodes)
    }

    static func span(_ className: String, _ text: String) -> BodyNode {
        .el("span", .attr("class", className), .safe(text))
    }

    static func ul(_ items: [BodyNode], class className: String? = nil) -> BodyNode {
        .el("ul", [className.map { .attr("class", $0) } ?? .empty] + items.map { .el("li", $0) })
    }

    static func textList(_ items: [String], class className: String? = nil) -> BodyNode {
        ul(items.map { .safe($0) }, class: className)
    }

    /// A symbol that is decoration for sighted readers; the words beside it carry the meaning.
    static func symbol(_ glyph: String) -> BodyNode {
        .el("span", .attr("class", "symbol"), .attr("aria-hidden", "true"), .safe(glyph))
    }

    /// A `<section>` labelled by its own heading, so it is a named region.
    static func section(
        id: String, heading: String, level: Int = 2, class className: String? = nil, _ nodes: [BodyNode]
    ) -> BodyNode {
        .el(
            "section",
            [
                .attr("aria-labelledby", "\(id)-heading"),
                className.map { .attr("class", $0) } ?? .empty,
                .attr("id", id),
                H.heading(level, heading, id: "\(id)-heading"),
            ] + nodes)
    }
}
