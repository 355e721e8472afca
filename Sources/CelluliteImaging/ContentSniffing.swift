/// Decides a file's type from its first bytes (never a name), and reads a PNG's size from IHDR.
enum ContentSniffing {
    static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func format(of bytes: [UInt8]) throws(ImagingError) -> PhotoFormat {
        if bytes.isEmpty { throw .empty }
        if bytes.starts(with: jpegSignature) { return .jpeg }
        if bytes.starts(with: pngSignature) { return .png }
        throw .unsupportedFormat
    }

    /// Width and height from the IHDR chunk, which must come first (PNG 11.2.2). Its CRC is
    /// libpng's to check, when the image is decoded.
    static func pngSize(_ bytes: [UInt8]) throws(ImagingError) -> PixelSize {
        guard ByteReading.matches(bytes, Array("IHDR".utf8), at: 12),
            let width = ByteReading.bigEndian32(bytes, at: 16),
            let height = ByteReading.bigEndian32(bytes, at: 20)
        else { throw .undecodable(reason: "the PNG does not start with its IHDR chunk") }
        return PixelSize(width: width, height: height)
    }
}
