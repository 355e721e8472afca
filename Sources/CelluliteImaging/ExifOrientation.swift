/// Finds the EXIF orientation (tag 0x0112) of a JPEG (APP1 "Exif") or a PNG (`eXIf` chunk).
/// Defensive throughout: any malformed, truncated or out-of-range data means 1, never a crash
/// or a read past the end.
public enum ExifOrientation {
    public static func of(_ bytes: [UInt8], format: PhotoFormat) -> Int {
        switch format {
        case .jpeg: jpeg(bytes)
        case .png: png(bytes)
        }
    }

    /// Walks the markers before the image data looking for APP1 starting "Exif\0\0".
    static func jpeg(_ bytes: [UInt8]) -> Int {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xDA || marker == 0xD9 { break }  // start of scan, end of image
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2, offset + 2 + length <= bytes.count else { break }
            let start = offset + 4
            let end = offset + 2 + length
            if marker == 0xE1, end - start > 6, Array(bytes[start..<start + 6]) == [0x45, 0x78, 0x69, 0x66, 0, 0] {
                return tiff(Array(bytes[(start + 6)..<end]))
            }
            offset = end
        }
        return 1
    }

    /// Walks the chunks after the signature looking for `eXIf`, which holds TIFF data directly.
    static func png(_ bytes: [UInt8]) -> Int {
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = ByteReading.bigEndian32(bytes, at: offset)
            let type = Array(bytes[(offset + 4)..<(offset + 8)])
            guard length <= bytes.count - offset - 12 else { break }
            if type == Array("eXIf".utf8) { return tiff(Array(bytes[(offset + 8)..<(offset + 8 + length)])) }
            if type == Array("IDAT".utf8) || type == Array("IEND".utf8) { break }
            offset += 12 + length
        }
        return 1
    }

    /// The orientation entry of IFD0 in TIFF data (either byte order).
    static func tiff(_ data: [UInt8]) -> Int {
        guard data.count >= 8 else { return 1 }
        let littleEndian: Bool
        switch (data[0], data[1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return 1
        }
        func number(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, size <= data.count, offset <= data.count - size else { return nil }
            let slice = data[offset..<offset + size]
            return (littleEndian ? slice.reversed() : Array(slice)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard number(2, 2) == 42, let ifd = number(4, 4), let count = number(ifd, 2) else { return 1 }
        for index in 0..<min(count, 512) {
            let entry = ifd + 2 + index * 12
            guard let tag = number(entry, 2), let type = number(entry + 2, 2) else { return 1 }
            // SHORT (3), one value, held in the entry's first two value bytes.
            if tag == 0x0112 {
                guard type == 3, let value = number(entry + 8, 2), (1...8).contains(value) else { return 1 }
                return value
            }
        }
        return 1
    }
}
