import ImagingTestSupport

@testable import CelluliteImaging

/// What these tests build beyond the shared fixtures: PNG chunks they need, colour checks that
/// allow for JPEG loss, and the mutations of the fuzz test.
enum TestImages {
    typealias Fixtures = ImagingFixtures

    // MARK: PNG

    /// A zlib stream holding `data` in one stored (uncompressed) deflate block: enough for a
    /// zTXt or compressed iTXt chunk that libpng accepts, with no zlib in the tests.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        precondition(data.count <= 0xFFFF)
        let length = [UInt8(data.count & 0xFF), UInt8(data.count >> 8)]
        let complement = length.map { ~$0 }
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        let adler = b << 16 | a
        // CMF 0x78 (deflate, 32K window), FLG 0x01 (so that CMF·256 + FLG is a multiple of 31).
        return [0x78, 0x01, 0x01] + length + complement + data + [24, 16, 8, 0].map { UInt8(adler >> $0 & 0xFF) }
    }

    /// The chunks of a PNG: type, where its data starts, and its length.
    static func chunks(_ png: [UInt8]) -> [(type: String, data: Int, length: Int)] {
        var chunks: [(type: String, data: Int, length: Int)] = []
        var offset = 8
        while offset + 12 <= png.count {
            let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            chunks.append((String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self), offset + 8, length))
            offset += 12 + length
        }
        return chunks
    }

    /// The PNG with `chunks` inserted right before IEND (after the image data).
    static func appending(chunks extra: [[UInt8]], toPNG png: [UInt8]) -> [UInt8] {
        Array(png.dropLast(12)) + extra.joined() + Array(png.suffix(12))
    }

    // MARK: Colours

    /// Pure red, allowing for JPEG's loss (and 4:2:0 chroma) inside a block of it.
    static func isRed(_ pixel: (red: UInt8, green: UInt8, blue: UInt8)) -> Bool {
        pixel.red > 200 && pixel.green < 70 && pixel.blue < 70
    }

    /// The fixtures' background: a gradient, always strongly blue.
    static func isBackground(_ pixel: (red: UInt8, green: UInt8, blue: UInt8)) -> Bool {
        pixel.blue > 150 && pixel.red < 170
    }
}

extension RGBImage {
    /// The pixel an eighth of the way in from the corner (right? bottom?): inside a block that
    /// fills a quarter of each edge there, whatever the JPEG did at the block's border.
    func nearCorner(right: Bool, bottom: Bool) -> (red: UInt8, green: UInt8, blue: UInt8) {
        pixel(x: right ? width - 1 - width / 8 : width / 8, y: bottom ? height - 1 - height / 8 : height / 8)
    }
}
