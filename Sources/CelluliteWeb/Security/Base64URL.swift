import Foundation

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5): tokens in cookies, forms and
/// headers. Foundation encodes and decodes; the two alphabets differ in three bytes, swapped here
/// on the bytes (Foundation's `replacingOccurrences` was a tenth of a page's time).
enum Base64URL {
    static func encode(_ data: Data) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((data.count + 2) / 3 * 4)
        for byte in data.base64EncodedData() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "_"))
            case UInt8(ascii: "="): break
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Nil for anything that is not unpadded base64url of at most 256 characters.
    static func decode(_ text: String) -> Data? {
        guard text.utf8.count <= 256 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            switch byte {
            // The standard alphabet's own two are not part of this one.
            case UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="): return nil
            case UInt8(ascii: "-"): bytes.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"): bytes.append(UInt8(ascii: "/"))
            default: bytes.append(byte)
            }
        }
        bytes += repeatElement(UInt8(ascii: "="), count: (4 - bytes.count % 4) % 4)
        return Data(base64Encoded: Data(bytes))
    }
}
