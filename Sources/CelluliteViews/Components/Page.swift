import Plot

/// A whole HTML page: the document Plot writes (doctype, `<html>`, `<head>`), then the body.
///
/// The body is kept as the bytes `Markup` wrote. Passing it through Plot as one raw node copied it
/// twice more and checked its encoding again, a seventh of a plan page's time on the release build.
public struct Page: Sendable {
    /// Plot's document up to where the body goes: everything but its closing `</html>`.
    let documentStart: String
    let body: [UInt8]
    static let documentEnd = "</html>"

    /// The byte count of the whole page, to size a buffer for it.
    public var byteCount: Int { documentStart.utf8.count + body.count + Self.documentEnd.utf8.count }

    /// Writes the page through `write`, in order: the document's start, the body, its end.
    public func write(_ write: (UnsafeRawBufferPointer) -> Void) {
        var start = documentStart
        start.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        body.withUnsafeBytes(write)
        var end = Self.documentEnd
        end.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// The page as text.
    public func render() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        write { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
