/// A piece of a page's body: an element, text, or an attribute of the element it is placed in.
///
/// Plot still writes the document (doctype, `<head>`, the `<body>` around this); the body itself
/// is built as a tree of `Markup`, written into one buffer at the end. Profiled on the release build, Plot
/// spent about half of a plan page's time on bookkeeping per node (a class, a dictionary and a
/// renderer per element, a runtime cast of every child array), three times the cost of the plan
/// itself. The output is the same as Plot's: attributes in order, a later value for the same name
/// replacing the earlier one in place, empty values left out unless asked for.
///
/// Every value reaches the HTML through `attributeEscaped` or `textEscaped`, or through `raw`,
/// which only fixed markup written in this module (the drawings) uses.
public struct Markup: Sendable {
    fileprivate struct Attribute: Sendable {
        var name: String
        /// ` name="value"`, escaped, written once; empty when the attribute is left out.
        var written: String

        /// An empty value leaves the attribute out, or writes its bare name (Plot's
        /// `ignoreIfValueIsEmpty: false`) when `keepsEmpty`.
        init(name: String, escapedValue value: String, keepsEmpty: Bool) {
            self.name = name
            written =
                if name.isEmpty { "" } else if !value.isEmpty { " \(name)=\"\(value)\"" } else if keepsEmpty {
                    " \(name)"
                } else { "" }
        }
    }

    fileprivate indirect enum Content: Sendable {
        case none
        /// Escaped already.
        case html(String)
        case nodes([Markup])
        case element(name: String, attributes: [Attribute], children: [Markup], selfClosing: Bool)
    }

    /// What this piece gives the element it is placed in.
    fileprivate var attributes: [Attribute] = []
    fileprivate var content = Content.none

    /// The HTML of this piece, written into one buffer; attributes not placed in an element are
    /// dropped.
    public var rendered: String {
        var html = ""
        html.reserveCapacity(64 * 1024)
        write(into: &html)
        return html
    }

    private func write(into html: inout String) {
        switch content {
        case .none:
            break
        case .html(let text):
            html += text
        case .nodes(let nodes):
            for node in nodes { node.write(into: &html) }
        case .element(let name, let attributes, let children, let selfClosing):
            html += "<"
            html += name
            for attribute in attributes { html += attribute.written }
            if selfClosing {
                html += "/>"
            } else {
                html += ">"
                for child in children { child.write(into: &html) }
                html += "</"
                html += name
                html += ">"
            }
        }
    }
}

extension Markup {
    /// Nothing: no text, no attribute.
    public static let empty = Markup()

    /// Text that is escaped completely (user input, knowledge-base text).
    public static func safe(_ text: String) -> Markup {
        Markup(content: .html(text.textEscaped))
    }

    /// Markup written by this module, used as it is (drawings, the logo).
    static func raw(_ html: String) -> Markup {
        Markup(content: .html(html))
    }

    /// An attribute whose value is escaped; an empty value leaves the attribute out.
    static func attr(_ name: String, _ value: String) -> Markup {
        Markup(attributes: [Attribute(name: name, escapedValue: value.attributeEscaped, keepsEmpty: false)])
    }

    /// An attribute written even when its value is empty (a form value that was left blank).
    static func attrKeepingEmpty(_ name: String, _ value: String) -> Markup {
        Markup(attributes: [Attribute(name: name, escapedValue: value.attributeEscaped, keepsEmpty: true)])
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
        Markup(attributes: nodes.flatMap(\.attributes), content: .nodes(nodes))
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
        var attributes: [Attribute] = []
        for node in nodes {
            for attribute in node.attributes {
                // Same name again: the later value replaces the earlier one where it stood.
                if let index = attributes.firstIndex(where: { $0.name == attribute.name }) {
                    attributes[index] = attribute
                } else {
                    attributes.append(attribute)
                }
            }
        }
        return Markup(
            content: .element(
                name: name, attributes: attributes, children: selfClosing ? [] : nodes, selfClosing: selfClosing))
    }
}
