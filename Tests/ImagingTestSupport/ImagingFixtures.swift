import CelluliteImaging

/// Test images built in code, and the byte surgery that adds metadata to them or breaks them:
/// shared by the imaging and web tests.
public enum ImagingFixtures {
    /// A soft gradient with a pure red block in the top-left quarter: where the block ends up
    /// shows how the image was turned.
    public static func marked(width: Int, height: Int) -> RGBImage {
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                if x < width / 4 && y < height / 4 {
                    pixels += [255, 0, 0]
                } else {
                    pixels += [UInt8(40 + 100 * x / width), UInt8(60 + 100 * y / height), 200]
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    public static func jpeg(width: Int, height: Int, quality: Int = 90) throws -> [UInt8] {
        try JPEGEncoding.encode(marked(width: width, height: height), quality: quality)
    }

    public static func png(width: Int, height: Int) throws -> [UInt8] {
        try PNGEncoding.encode(marked(width: width, height: height))
    }

    // MARK: JPEG segments

    /// A marker segment: FF, the marker, a two-byte length that counts itself, the payload.
    public static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    /// `segments` inserted right after the start-of-image marker.
    public static func inserting(_ segments: [[UInt8]], into jpeg: [UInt8]) -> [UInt8] {
        Array(jpeg[0..<2]) + segments.joined() + Array(jpeg[2...])
    }

    /// TIFF data with IFD0 holding the orientation and a pointer to a GPS IFD whose one entry is
    /// an ASCII value, `secret`.
    public static func tiff(orientation: Int, littleEndian: Bool, secret: String = "SECRET-GPS") -> [UInt8] {
        func u16(_ value: Int) -> [UInt8] {
            let bytes = [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            return littleEndian ? bytes.reversed() : bytes
        }
        func u32(_ value: Int) -> [UInt8] {
            let bytes = [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) }
            return littleEndian ? bytes.reversed() : bytes
        }
        let text = Array(secret.utf8) + [0]
        // Header (8) + IFD0: count (2) + 2 entries (24) + next (4) = 38; GPS IFD: 2 + 12 + 4 = 18 → 56.
        let gpsOffset = 38
        let textOffset = 56
        var data: [UInt8] = (littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]) + u16(42) + u32(8)
        data += u16(2)
        data += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0)
        data += u16(0x8825) + u16(4) + u32(1) + u32(gpsOffset)
        data += u32(0)
        data += u16(1) + u16(0x0001) + u16(2) + u32(text.count) + u32(textOffset) + u32(0)
        return data + text
    }

    public static func exifSegment(orientation: Int, littleEndian: Bool = true) -> [UInt8] {
        segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff(orientation: orientation, littleEndian: littleEndian))
    }

    /// Every kind of metadata block a phone or an editor writes, each carrying a marker text.
    public static func metadataSegments() -> [[UInt8]] {
        [
            exifSegment(orientation: 1),
            segment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>SECRET-XMP</x:xmpmeta>".utf8)),
            segment(0xED, Array("Photoshop 3.0\08BIM SECRET-IPTC".utf8)),
            segment(0xE2, Array("ICC_PROFILE\0\u{1}\u{1}SECRET-ICC".utf8)),
            segment(0xFE, Array("SECRET-COMMENT".utf8)),
        ]
    }

    /// The markers of a JPEG up to the start of scan, in order.
    public static func markers(_ jpeg: [UInt8]) -> [UInt8] {
        var markers: [UInt8] = []
        var offset = 2
        while offset + 4 <= jpeg.count, jpeg[offset] == 0xFF {
            let marker = jpeg[offset + 1]
            markers.append(marker)
            if marker == 0xDA { break }
            offset += 2 + (Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3]))
        }
        return markers
    }

    /// The offset of the first segment with this marker.
    public static func offset(of wanted: UInt8, in jpeg: [UInt8]) -> Int? {
        var offset = 2
        while offset + 4 <= jpeg.count, jpeg[offset] == 0xFF {
            if jpeg[offset + 1] == wanted { return offset }
            if jpeg[offset + 1] == 0xDA { return nil }
            offset += 2 + (Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3]))
        }
        return nil
    }

    /// A phone's JPEG: EXIF with `orientation` and a GPS block holding `secret`.
    public static func withExif(_ jpeg: [UInt8], orientation: Int, secret: String) -> [UInt8] {
        inserting(
            [
                segment(
                    0xE1,
                    Array("Exif".utf8) + [0, 0] + tiff(orientation: orientation, littleEndian: true, secret: secret))
            ],
            into: jpeg)
    }

    /// The JPEG with its frame header claiming `width` × `height`.
    public static func jpeg(_ jpeg: [UInt8], claiming width: Int, _ height: Int) -> [UInt8] {
        var bytes = jpeg
        guard let sof = offset(of: 0xC0, in: jpeg) else { return jpeg }
        // SOF0: length (2), precision (1), height (2), width (2).
        bytes.replaceSubrange(
            (sof + 5)..<(sof + 9),
            with: [UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF)])
        return bytes
    }

    /// The JPEG with its first Huffman table's sixteen code counts set to 255: far more codes
    /// than a table can hold.
    public static func corruptingHuffmanTables(_ jpeg: [UInt8]) -> [UInt8] {
        var bytes = jpeg
        guard let dht = offset(of: 0xC4, in: jpeg) else { return jpeg }
        for index in (dht + 5)..<(dht + 21) { bytes[index] = 0xFF }
        return bytes
    }

    // MARK: PNG chunks

    public static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        let length = [24, 16, 8, 0].map { UInt8(data.count >> $0 & 0xFF) }
        let crc = crc32(typeBytes + data)
        return length + typeBytes + data + [24, 16, 8, 0].map { UInt8(crc >> UInt32($0) & 0xFF) }
    }

    /// `chunks` inserted right after IHDR (signature 8 bytes + IHDR 25 bytes).
    public static func inserting(chunks: [[UInt8]], intoPNG png: [UInt8]) -> [UInt8] {
        Array(png[0..<33]) + chunks.joined() + Array(png[33...])
    }

    /// The PNG with IHDR claiming another size, its CRC fixed so only the size is wrong.
    public static func png(_ png: [UInt8], claiming width: Int, _ height: Int) -> [UInt8] {
        var ihdr = Array(png[16..<29])
        ihdr.replaceSubrange(0..<4, with: [24, 16, 8, 0].map { UInt8(width >> $0 & 0xFF) })
        ihdr.replaceSubrange(4..<8, with: [24, 16, 8, 0].map { UInt8(height >> $0 & 0xFF) })
        return Array(png[0..<8]) + chunk("IHDR", ihdr) + Array(png[33...])
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

extension Array where Element == UInt8 {
    public func contains(text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
