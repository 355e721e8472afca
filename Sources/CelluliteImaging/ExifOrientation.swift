/// Finds the EXIF orientation (TIFF tag 0x0112) of a JPEG (APP1 "Exif\0\0") or a PNG (`eXIf`).
/// It reads untrusted bytes: every read is bounds-checked, and anything malformed, truncated or
/// out of range means 1 (upright), never a trap or a read past the end.
enum ExifOrientation {
    static func of(_ bytes: [UInt8], format: PhotoFormat) -> Int {
        switch format {
        case .jpeg: jpeg(bytes)
        case .png: png(bytes)
        }
    }

    static let exifHeader: [UInt8] = Array("Exif".utf8) + [0, 0]

    /// Walks the marker segments from SOI up to the first scan, looking for APP1 "Exif\0\0".
    static func jpeg(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: [0xFF, 0xD8]) else { return 1 }
        var offset = 2
        while offset < bytes.count, bytes[offset] == 0xFF {
            var at = offset + 1
            while at < bytes.count, bytes[at] == 0xFF { at += 1 }  // fill bytes before a marker
            guard at < bytes.count else { return 1 }
            let marker = bytes[at]
            switch marker {
            case 0xDA, 0xD9:  // start of scan, end of image: no EXIF before the pixels
                return 1
            case 0x01, 0xD0...0xD7:  // TEM and RSTn stand alone, with no length
                offset = at + 1
                continue
            default:
                break
            }
            // The length counts itself (two bytes) and the payload.
            guard let length = ByteReading.bigEndian16(bytes, at: at + 1), length >= 2,
                at + 1 + length <= bytes.count
            else { return 1 }
            let payload = at + 3
            let end = at + 1 + length
            if marker == 0xE1, end - payload >= exifHeader.count, ByteReading.matches(bytes, exifHeader, at: payload) {
                return tiff(Array(bytes[(payload + exifHeader.count)..<end]))
            }
            offset = end
        }
        return 1
    }

    /// Walks the chunks after the signature up to the image data, looking for `eXIf`, which holds
    /// TIFF data directly (some writers put "Exif\0\0" in front anyway; that is skipped).
    static func png(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: ContentSniffing.pngSignature) else { return 1 }
        var offset = 8
        // Length (4), type (4), data, CRC (4).
        while let length = ByteReading.bigEndian32(bytes, at: offset), offset + 8 <= bytes.count {
            guard length <= bytes.count - offset - 12 else { return 1 }
            let data = offset + 8
            if ByteReading.matches(bytes, Array("eXIf".utf8), at: offset + 4) {
                var tiffData = Array(bytes[data..<(data + length)])
                if tiffData.starts(with: exifHeader) { tiffData.removeFirst(exifHeader.count) }
                return tiff(tiffData)
            }
            if ByteReading.matches(bytes, Array("IDAT".utf8), at: offset + 4)
                || ByteReading.matches(bytes, Array("IEND".utf8), at: offset + 4)
            {
                return 1
            }
            offset = data + length + 4
        }
        return 1
    }

    /// The orientation entry of IFD0 in TIFF data of either byte order: a SHORT with one value,
    /// 1–8, held in the first two bytes of the entry's value field.
    static func tiff(_ data: [UInt8]) -> Int {
        let littleEndian: Bool
        if ByteReading.matches(data, [0x49, 0x49], at: 0) {
            littleEndian = true
        } else if ByteReading.matches(data, [0x4D, 0x4D], at: 0) {
            littleEndian = false
        } else {
            return 1
        }
        func number(at offset: Int, size: Int) -> Int? {
            guard offset >= 0, offset <= data.count - size else { return nil }
            let bytes = data[offset..<(offset + size)]
            return littleEndian
                ? bytes.reversed().reduce(0) { $0 << 8 | Int($1) } : bytes.reduce(0) { $0 << 8 | Int($1) }
        }
        // IFD0 may not start inside the 8-byte header.
        guard number(at: 2, size: 2) == 42, let ifd = number(at: 4, size: 4), ifd >= 8,
            let entries = number(at: ifd, size: 2)
        else { return 1 }
        for index in 0..<entries {
            // Each entry: tag (2), type (2), count (4), value or offset (4).
            let entry = ifd + 2 + index * 12
            guard let tag = number(at: entry, size: 2) else { return 1 }
            guard tag == 0x0112 else { continue }
            guard number(at: entry + 2, size: 2) == 3, number(at: entry + 4, size: 4) == 1,
                let value = number(at: entry + 8, size: 2), (1...8).contains(value)
            else { return 1 }
            return value
        }
        return 1
    }
}
