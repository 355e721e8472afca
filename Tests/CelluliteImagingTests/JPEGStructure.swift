/// A JPEG's marker structure, walked from SOI to EOI, entropy-coded data included: a check that
/// nothing but what the encoder is meant to write is in the file.
struct JPEGStructure: Equatable {
    /// Every marker, in order, SOI and EOI included.
    var markers: [UInt8]
    /// The APP0 segment's payload.
    var app0: [UInt8]?

    /// Nil when the bytes are not one well-formed JPEG from SOI to a final EOI.
    init?(_ jpeg: [UInt8]) {
        guard jpeg.starts(with: [0xFF, 0xD8]) else { return nil }
        markers = [0xD8]
        var offset = 2
        while true {
            guard offset + 1 < jpeg.count, jpeg[offset] == 0xFF else { return nil }
            let marker = jpeg[offset + 1]
            markers.append(marker)
            if marker == 0xD9 {
                // EOI ends the file: nothing may follow it.
                guard offset + 2 == jpeg.count else { return nil }
                return
            }
            guard offset + 3 < jpeg.count else { return nil }
            let length = Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3])
            guard length >= 2, offset + 2 + length <= jpeg.count else { return nil }
            if marker == 0xE0 { app0 = Array(jpeg[(offset + 4)..<(offset + 2 + length)]) }
            offset += 2 + length
            if marker == 0xDA {
                // Entropy-coded data: an FF is either stuffed (FF 00) or a restart marker, until the next marker.
                while offset + 1 < jpeg.count,
                    jpeg[offset] != 0xFF || jpeg[offset + 1] == 0x00 || (0xD0...0xD7).contains(jpeg[offset + 1])
                {
                    offset += 1
                }
            }
        }
    }

    /// SOI, APP0 with a JFIF header, quantisation and Huffman tables around one baseline frame
    /// header, one scan, EOI: what `JPEGEncoding` writes, and nothing else (no APP1–APP15, no COM).
    var isBareBaselineJFIF: Bool {
        guard markers.count >= 5, markers.first == 0xD8, markers[1] == 0xE0, markers.last == 0xD9,
            markers[markers.count - 2] == 0xDA, let app0, app0.starts(with: Array("JFIF".utf8) + [0])
        else { return false }
        let tables = markers[2..<(markers.count - 2)]
        return tables.allSatisfy { [0xDB, 0xC4, 0xC0].contains($0) } && tables.filter { $0 == 0xC0 }.count == 1
    }
}
