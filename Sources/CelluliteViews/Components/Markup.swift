/// A piece of a page's body: HTML already written, and the attributes it gives the element it is
/// placed in.
///
/// Plot still writes the document (doctype, `<head>`: see `Page`); the body is built of `Markup`.
/// Each element is written out as soon as it is made, its children's HTML copied in once:
/// profiled on the release build, a tree of nodes (a box per node, an array of attributes
/// per element, written and then torn down node by node) spent most of a plan page's time in
/// malloc, free and reference counting, more than the copying of finished text costs. The output
/// is the same as Plot's: attributes in order, a later value for the same name replacing the
/// earlier one in place, empty values left out unless asked for.
///
/// Every value reaches the HTML through `attributeEscaped` or `textEscaped`, or through `raw`,
/// which only fixed markup written in this module (the drawings) uses.
public struct Markup: Sendable {
    fileprivate struct Attribute: Sendable {
        var name: String
        /// Escaped already. Kept apart from the name, not written out as ` name="value"` text:
        /// most values are literals, which a `String` holds without a copy, and the element
        /// writes the bytes straight into its own.
        var value: String
        var keepsEmpty: Bool

        /// An empty value leaves the attribute out, or writes its bare name (Plot's
        /// `ignoreIfValueIsEmpty: false`) when `keepsEmpty`.
        init(name: String, escapedValue value: String, keepsEmpty: Bool) {
            self.name = name
            self.value = value
            self.keepsEmpty = keepsEmpty
        }

        /// The bytes `write(into:)` adds.
        var byteCount: Int {
            if name.isEmpty {
                0
            } else if !value.isEmpty {
                name.utf8.count + value.utf8.count + 4
            } else if keepsEmpty {
                name.utf8.count + 1
            } else {
                0
            }
        }

        func write(into html: inout [UInt8]) {
            guard !name.isEmpty, !value.isEmpty || keepsEmpty else { return }
            html.append(UInt8(ascii: " "))
            html.append(name)
            guard !value.isEmpty else { return }
            html.append("=\"")
            html.append(value)
            html.append(UInt8(ascii: "\""))
        }
    }

    /// Most pieces give no attribute or one; only groups carry several (no array for the rest).
    fileprivate enum Attributes: Sendable {
        case none
        case one(Attribute)
        case several([Attribute])

        func forEach(_ body: (Attribute) -> Void) {
            switch self {
            case .none: break
            case .one(let attribute): body(attribute)
            case .several(let attributes): attributes.forEach(body)
            }
        }
    }

    /// Escaped already. Text stays the string it was given (no copy); elements are bytes, because
    /// appending bytes costs a copy where appending to a `String` also re-checks its encoding.
    fileprivate enum HTML: Sendable {
        case text(String)
        case bytes([UInt8])

        var count: Int {
            switch self {
            case .text(let text): text.utf8.count
            case .bytes(let bytes): bytes.count
            }
        }

        func write(into buffer: inout [UInt8]) {
            switch self {
            case .text(let text): buffer.append(text)
            case .bytes(let bytes): buffer.append(contentsOf: bytes)
            }
        }
    }

    fileprivate var attributes = Attributes.none
    fileprivate var html = HTML.text("")

    /// The HTML of this piece as bytes, for the page around it.
    var bytes: [UInt8] {
        switch html {
        case .text(let text): Array(text.utf8)
        case .bytes(let bytes): bytes
        }
    }

    /// The HTML of this piece; attributes not placed in an element are dropped.
    public var rendered: String {
        switch html {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension Markup {
    /// Bytes an `HTMLWriter` wrote.
    init(writtenBytes: [UInt8]) {
        self.init(html: .bytes(writtenBytes))
    }

    /// The length of this piece's HTML in bytes.
    var byteCount: Int { html.count }

    /// Adds this piece's HTML to `buffer`; its attributes are dropped.
    func write(into buffer: inout [UInt8]) {
        html.write(into: &buffer)
    }

    /// This piece's HTML, lent without a copy; its attributes are dropped.
    func withBytes(_ body: (UnsafeRawBufferPointer) -> Void) {
        switch html {
        case .text(let text): text.withUTF8Bytes { body(UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes): bytes.withUnsafeBytes(body)
        }
    }

    /// True when this piece gives the element it is placed in no attribute.
    var givesNoAttributes: Bool {
        if case .none = attributes { true } else { false }
    }

    /// Nothing: no text, no attribute.
    public static let empty = Markup()

    /// Text that is escaped completely (user input, knowledge-base text).
    public static func safe(_ text: String) -> Markup {
        Markup(html: .text(text.textEscaped))
    }

    /// Markup written by this module, used as it is (drawings, the logo).
    static func raw(_ html: String) -> Markup {
        Markup(html: .text(html))
    }

    /// An attribute whose value is escaped; an empty value leaves the attribute out.
    static func attr(_ name: String, _ value: String) -> Markup {
        Markup(attributes: .one(Attribute(name: name, escapedValue: value.attributeEscaped, keepsEmpty: false)))
    }

    /// An attribute written even when its value is empty (a form value that was left blank).
    static func attrKeepingEmpty(_ name: String, _ value: String) -> Markup {
        Markup(attributes: .one(Attribute(name: name, escapedValue: value.attributeEscaped, keepsEmpty: true)))
    }

    /// A link attribute (`href`, `action`) to one of the site's addresses, escaped like any value.
    static func attr(_ name: String, _ url: SiteURL) -> Markup {
        .attr(name, url.href)
    }

    /// A boolean attribute (`checked`, `open`, `hidden`), present only when `isOn`; its value is
    /// its name unless another is given (`aria-current="page"`).
    static func flag(_ name: String, _ isOn: Bool, value: String? = nil) -> Markup {
        isOn ? .attr(name, value ?? name) : .empty
    }

    /// Several pieces in a row; their attributes go to the enclosing element.
    static func group(_ nodes: [Markup]) -> Markup {
        var attributes: [Attribute] = []
        var html: [UInt8] = []
        html.reserveCapacity(nodes.reduce(0) { $0 + $1.html.count })
        for node in nodes {
            node.attributes.forEach { attributes.append($0) }
            node.html.write(into: &html)
        }
        return Markup(
            attributes: attributes.isEmpty ? .none : attributes.count == 1 ? .one(attributes[0]) : .several(attributes),
            html: .bytes(html))
    }

    static func group(_ nodes: Markup...) -> Markup {
        group(nodes)
    }

    static func forEach<Items: Sequence>(_ items: Items, _ content: (Items.Element) -> Markup) -> Markup {
        group(items.map(content))
    }

    /// An element with its attributes and content, closed with its end tag.
    static func el(_ name: String, _ nodes: [Markup]) -> Markup {
        element(name, nodes, selfClosing: false)
    }

    static func el(_ name: String, _ nodes: Markup...) -> Markup {
        el(name, nodes)
    }

    /// An element without content or end tag (`<input …/>`).
    static func selfClosedElement(named name: String, attributes: [Markup]) -> Markup {
        element(name, attributes, selfClosing: true)
    }

    private static func element(_ name: String, _ nodes: [Markup], selfClosing: Bool) -> Markup {
        // Most elements have one attribute or none: an array only for more.
        var first: Attribute?
        var more: [Attribute] = []
        var length = 2 * name.utf8.count + 5
        for node in nodes {
            length += node.html.count
            node.attributes.forEach { attribute in
                length += attribute.byteCount
                // Same name again: the later value replaces the earlier one where it stood.
                if first == nil || first?.name == attribute.name {
                    first = attribute
                } else if let index = more.firstIndex(where: { $0.name == attribute.name }) {
                    more[index] = attribute
                } else {
                    more.append(attribute)
                }
            }
        }
        var html: [UInt8] = []
        html.reserveCapacity(length)
        html.append(UInt8(ascii: "<"))
        html.append(name)
        first?.write(into: &html)
        for attribute in more { attribute.write(into: &html) }
        if selfClosing {
            html.append("/>")
        } else {
            html.append(UInt8(ascii: ">"))
            for node in nodes { node.html.write(into: &html) }
            html.append("</")
            html.append(name)
            html.append(UInt8(ascii: ">"))
        }
        return Markup(html: .bytes(html))
    }
}
