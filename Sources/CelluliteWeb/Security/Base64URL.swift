import Foundation

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5): tokens in cookies, forms and
/// headers. Encoded here from the alphabet, three bytes to four characters (every page makes a
/// CSRF token); Foundation decodes, the two alphabets swapped on the bytes first.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ input: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: (input.count * 4 + 2) / 3) { output in
            var written = 0
            // Each group of up to three bytes, zero-filled, gives one character more than its bytes.
            for start in stride(from: 0, to: input.count, by: 3) {
                let count = min(3, input.count - start)
                let group = (0..<3).reduce(UInt32(0)) { group, offset in
                    group << 8 | (offset < count ? UInt32(input[start + offset]) : 0)
                }
                for sextet in 0...count {
                    output[written] = alphabet[Int(group >> (18 - 6 * UInt32(sextet)) & 0x3F)]
                    written += 1
                }
            }
            return written
        }
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
