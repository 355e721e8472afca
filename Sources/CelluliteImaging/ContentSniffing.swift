/// Decides a file's type from its first bytes, and reads a PNG's size from its IHDR chunk.
enum ContentSniffing {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func format(of bytes: [UInt8]) throws(ImagingError) -> PhotoFormat {
        if bytes.isEmpty { throw .empty }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: pngSignature) { return .png }
        throw .unsupportedFormat
    }

    /// Width and height from the IHDR chunk, which must come first (PNG 11.2.2).
    static func pngSize(_ bytes: [UInt8]) throws(ImagingError) -> (width: Int, height: Int) {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw .undecodable(reason: "the PNG has no IHDR chunk first")
        }
        return (ByteReading.bigEndian32(bytes, at: 16), ByteReading.bigEndian32(bytes, at: 20))
    }
}

enum ByteReading {
    /// The 32-bit big-endian number at `offset`; the caller checked there are four bytes.
    static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
}
