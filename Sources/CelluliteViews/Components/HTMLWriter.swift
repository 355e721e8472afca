/// HTML written straight into one buffer, tag by tag, for the parts of a page that are built per
/// request in bulk: a plan's sections and items, its answers, the options it left out.
///
/// `Markup` makes every element a value of its own: an array for its children, a buffer for its
/// bytes, each copied again into its parent. Profiled on the release build, that per-element cost
/// was most of a plan page's rendering. Here an element costs only its bytes. The output is what
/// the same `Markup` would write: values escaped as `attributeEscaped` does, an attribute with an
/// empty value left out.
///
/// The bytes go into memory the writer owns (`WrittenBytes`), not an `Array`: a plan page makes
/// some ten thousand small appends, and an array's append (its uniqueness and capacity checks,
/// its generic copy) cost more than the bytes they copied.
struct HTMLWriter: ~Copyable {
    private var bytes: WrittenBytes

    init(reservingCapacity capacity: Int) {
        bytes = WrittenBytes(capacity: capacity)
    }

    /// What was written, as a piece for the page around it.
    var markup: Markup { Markup(writtenBytes: bytes.array) }

    /// `<tag`, for attributes to follow; `endOfStartTag()` closes it.
    mutating func startTag(_ tag: String) {
        bytes.append(byte: UInt8(ascii: "<"))
        bytes.append(tag)
    }

    /// ` name="value"`, the value escaped; nothing for an empty value.
    mutating func attribute(_ name: String, _ value: String) {
        guard !value.isEmpty else { return }
        bytes.append(byte: UInt8(ascii: " "))
        bytes.append(name)
        bytes.append("=\"")
        appendEscaped(value)
        bytes.append(byte: UInt8(ascii: "\""))
    }

    /// ` name="…"` for a link (`href`, `action`): the address escaped piece by piece, as
    /// `attribute(name, url.href)` writes it (an address is never empty).
    mutating func attribute(_ name: String, _ url: SiteURL) {
        bytes.append(byte: UInt8(ascii: " "))
        bytes.append(name)
        bytes.append("=\"")
        url.writeHref { appendEscaped($0) }
        bytes.append(byte: UInt8(ascii: "\""))
    }

    /// ` name="value"`, or ` name` alone for an empty value (`Markup.attrKeepingEmpty`).
    mutating func attributeKeepingEmpty(_ name: String, _ value: String) {
        guard !value.isEmpty else {
            bytes.append(byte: UInt8(ascii: " "))
            bytes.append(name)
            return
        }
        attribute(name, value)
    }

    mutating func endOfStartTag() {
        bytes.append(byte: UInt8(ascii: ">"))
    }

    /// `/>`: the end of an element without content (`Markup.selfClosedElement`).
    mutating func endOfSelfClosedTag() {
        bytes.append("/>")
    }

    /// `<tag>`, or `<tag class="…">`.
    mutating func open(_ tag: String, class className: String? = nil) {
        startTag(tag)
        if let className { attribute("class", className) }
        endOfStartTag()
    }

    mutating func close(_ tag: String) {
        bytes.append("</")
        bytes.append(tag)
        bytes.append(byte: UInt8(ascii: ">"))
    }

    /// Text, escaped.
    mutating func text(_ text: String) {
        appendEscaped(text)
    }

    /// `<tag class="…">text</tag>`.
    mutating func element(_ tag: String, class className: String? = nil, text content: String) {
        open(tag, class: className)
        appendEscaped(content)
        close(tag)
    }

    /// `<tag name="value">text</tag>`.
    mutating func element(_ tag: String, _ name: String, _ value: String, text content: String) {
        startTag(tag)
        attribute(name, value)
        endOfStartTag()
        appendEscaped(content)
        close(tag)
    }

    /// A piece written already (a memoized heading, a facts list).
    mutating func append(_ markup: Markup) {
        markup.withBytes { bytes.append($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// `<input type="hidden" name="…" value="…"/>`, as `FormUI.hidden` writes it.
    mutating func hiddenInput(_ name: String, _ value: String) {
        startTag("input")
        attribute("type", "hidden")
        attribute("name", name)
        attributeKeepingEmpty("value", value)
        endOfSelfClosedTag()
    }

    /// `<a href="…">text</a>`, as `H.link` writes it.
    mutating func link(_ text: String, to url: SiteURL) {
        startTag("a")
        attribute("href", url)
        endOfStartTag()
        appendEscaped(text)
        close("a")
    }

    /// `<ul class="…"><li>…</li>…</ul>`, as `H.textList` writes it.
    mutating func textList(_ items: [String], class className: String? = nil) {
        open("ul", class: className)
        for item in items { element("li", text: item) }
        close("ul")
    }

    /// The opening of `H.section`: `<section aria-labelledby="…" class="…" id="…"><h2 id="…">…</h2>`.
    mutating func openSection(id: String, heading: String, level: Int = 2, class className: String? = nil) {
        let headingID = id + "-heading"
        let headingTag = "h\(level)"
        startTag("section")
        attribute("aria-labelledby", headingID)
        if let className { attribute("class", className) }
        attribute("id", id)
        endOfStartTag()
        startTag(headingTag)
        attribute("id", headingID)
        endOfStartTag()
        appendEscaped(heading)
        close(headingTag)
    }

    /// The bytes of `String.attributeEscaped`, without making the string: clean runs are copied
    /// whole, and most text is one clean run.
    private mutating func appendEscaped(_ text: String) {
        text.withUTF8Bytes { HTMLEscaping.append($0, to: &bytes) }
    }
}

/// The five characters that are not safe in HTML text or a double-quoted attribute, and what
/// replaces them.
enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` are all below 64: one bit each in a mask.
    private static let specials: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27

    static func isSpecial(_ byte: UInt8) -> Bool { byte < 64 && specials & (1 << UInt64(byte)) != 0 }

    /// `text`, escaped, added to `sink`.
    static func append<Sink: ByteSink & ~Copyable>(_ text: UnsafeBufferPointer<UInt8>, to sink: inout Sink) {
        var runStart = 0
        while true {
            let index = firstSpecial(in: text, from: runStart)
            sink.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            guard index < text.count else { return }
            switch text[index] {
            case UInt8(ascii: "&"): sink.append("&amp;")
            case UInt8(ascii: "<"): sink.append("&lt;")
            case UInt8(ascii: ">"): sink.append("&gt;")
            case UInt8(ascii: "\""): sink.append("&quot;")
            default: sink.append("&#39;")
            }
            runStart = index + 1
        }
    }

    /// Where the first of the five is at or after `start`; `text.count` when there is none.
    /// Eight bytes at a time: escaping a plan page's text byte by byte was a twentieth of its time.
    static func firstSpecial(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return text.count }
        var index = start
        while index + 8 <= text.count,
            !holdsSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        {
            index += 8
        }
        while index < text.count, !isSpecial(base[index]) { index += 1 }
        return index
    }

    /// Whether any of a word's eight bytes is one of the five: a byte equal to `c` is a zero byte
    /// of `word ^ (c in every byte)`, and `(v - 0x01…) & ~v & 0x80…` is non-zero exactly when `v`
    /// has a zero byte.
    private static func holdsSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & (ones &* 0x80) }
        let found =
            zeroBytes(word ^ (ones &* 0x26)) | zeroBytes(word ^ (ones &* 0x3C)) | zeroBytes(word ^ (ones &* 0x3E))
            | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x27))
        return found != 0
    }
}
