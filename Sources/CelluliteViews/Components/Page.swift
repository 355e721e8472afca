import Plot

/// A whole HTML page: the document Plot writes (doctype, `<html>`, `<head>`), then the body.
///
/// The body is kept as the pieces `Markup` and `HTMLWriter` wrote, in order, and each piece is
/// written straight into the response: joining them first copied a plan page's 40 KB twice more
/// (into the content's `wrap` and into the body) before the response's own copy.
public struct Page: Sendable {
    /// Plot's document up to where the body goes: everything but its closing `</html>`.
    let documentStart: String
    let body: [Markup]
    static let documentEnd = "</html>"

    /// The byte count of the whole page, to size a buffer for it.
    public var byteCount: Int {
        body.reduce(documentStart.utf8.count + Self.documentEnd.utf8.count) { $0 + $1.byteCount }
    }

    /// Writes the page through `write`, in order: the document's start, the body, its end.
    public func write(_ write: (UnsafeRawBufferPointer) -> Void) {
        documentStart.withUTF8Bytes { write(UnsafeRawBufferPointer($0)) }
        for piece in body { piece.withBytes(write) }
        Self.documentEnd.withUTF8Bytes { write(UnsafeRawBufferPointer($0)) }
    }

    /// The page as text.
    public func render() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        write { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
