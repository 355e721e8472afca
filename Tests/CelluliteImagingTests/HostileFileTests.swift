import ImagingTestSupport
import PropertyBased
import Testing

@testable import CelluliteImaging

/// The hostile corpus: each file is refused with its own error, quickly, and a header that claims
/// a huge image is refused before any pixel is decoded.
@Suite struct HostileFileTests {
    typealias Fixtures = ImagingFixtures

    static func refusal(_ bytes: [UInt8], limits: ImagingLimits = .standard) -> ImagingError? {
        do {
            _ = try PhotoReencoder.reencode(bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// The library's reason, when the file was refused as undecodable.
    static func reason(_ error: ImagingError?) -> String? {
        if case .undecodable(let reason)? = error { return reason }
        return nil
    }

    @Test func filesThatAreNotPhotosAreRefusedByTheirContent() {
        #expect(Self.refusal([]) == .empty)
        #expect(Self.refusal(Array("hello".utf8)) == .unsupportedFormat)
        #expect(
            Self.refusal(Array("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".utf8))
                == .unsupportedFormat)
        #expect(
            Self.refusal(Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x3B])
                == .unsupportedFormat)
        // Almost a signature is not one.
        #expect(Self.refusal([0xFF, 0xD8]) == .unsupportedFormat)
        #expect(Self.refusal(Array(ContentSniffing.pngSignature.dropLast())) == .unsupportedFormat)
        #expect(throws: ImagingError.unsupportedFormat) { try PhotoReencoder.header(of: Array("hello".utf8)) }
        #expect(throws: ImagingError.empty) { try PhotoDecoding.decode([]) }
    }

    @Test func aTruncatedJPEGIsRefusedNotFilledWithGrey() throws {
        let jpeg = try Fixtures.jpeg(width: 200, height: 150)
        let error = Self.refusal(Array(jpeg.prefix(jpeg.count / 2)))
        #expect(Self.reason(error) == "Premature end of JPEG file", "\(String(describing: error))")
    }

    @Test func corruptHuffmanTablesAreRefused() throws {
        let jpeg = try Fixtures.jpeg(width: 64, height: 64)
        let corrupt = Fixtures.corruptingHuffmanTables(jpeg)
        #expect(corrupt != jpeg)
        #expect(Self.reason(Self.refusal(corrupt)) == "Bogus Huffman table definition")
    }

    @Test func corruptImageDataIsRefused() throws {
        let jpeg = try Fixtures.jpeg(width: 128, height: 96)
        // Bytes well inside the entropy-coded data, after the scan header.
        let scan = try #require(Fixtures.offset(of: 0xDA, in: jpeg))
        var corrupt = jpeg
        for index in stride(from: scan + 40, to: scan + 400, by: 7) { corrupt[index] = 0xFF }
        let reason = try #require(Self.reason(Self.refusal(corrupt)))
        #expect(reason.contains("Corrupt JPEG data") || reason.contains("Huffman"), "\(reason)")
    }

    @Test func aJPEGClaiming30000SquaredIsRefusedFromItsHeader() throws {
        let jpeg = Fixtures.jpeg(try Fixtures.jpeg(width: 64, height: 64), claiming: 30_000, 30_000)
        let start = ContinuousClock.now
        #expect(Self.refusal(jpeg) == .tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000))
        #expect(throws: ImagingError.tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000)) {
            try PhotoReencoder.header(of: jpeg)
        }
        #expect(ContinuousClock.now - start < .milliseconds(500))
    }

    @Test func aPNGClaiming30000SquaredIsRefusedFromItsHeader() throws {
        let png = Fixtures.png(try Fixtures.png(width: 64, height: 64), claiming: 30_000, 30_000)
        // The CRC is right: libpng itself would take the header.
        let ihdr = try #require(TestImages.chunks(png).first)
        #expect(ihdr.type == "IHDR")
        #expect(Fixtures.crc32(Array(png[12..<29])) == UInt32(png[29..<33].reduce(0) { $0 << 8 | Int($1) }))
        let start = ContinuousClock.now
        #expect(Self.refusal(png) == .tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000))
        #expect(throws: ImagingError.tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000)) {
            try PhotoReencoder.header(of: png)
        }
        #expect(ContinuousClock.now - start < .milliseconds(500))
    }

    @Test func aPNGWhoseSizeOverflowsIsRefused() throws {
        // Found by an earlier fuzz run: 32-bit sizes whose product overflowed were a crash.
        let png = Fixtures.png(try Fixtures.png(width: 8, height: 8), claiming: 0xFFFF_FFFF, 0xFFFF_FFFF)
        #expect(Self.refusal(png) == .tooManyPixels(width: 0xFFFF_FFFF, height: 0xFFFF_FFFF, limit: 40_000_000))
    }

    @Test func theLimitIsTheProductOfTheHeadersSides() throws {
        let jpeg = try Fixtures.jpeg(width: 64, height: 64)
        let png = try Fixtures.png(width: 64, height: 64)
        for input in [jpeg, png] {
            #expect(
                Self.refusal(input, limits: ImagingLimits(maxPixels: 4095))
                    == .tooManyPixels(width: 64, height: 64, limit: 4095))
            #expect(Self.refusal(input, limits: ImagingLimits(maxPixels: 4096)) == nil)
        }
    }

    @Test func aPNGWithItsImageDataCutIsRefused() throws {
        let png = try Fixtures.png(width: 300, height: 200)
        let idat = try #require(TestImages.chunks(png).first { $0.type == "IDAT" })
        // Cut in the middle of the image data.
        let cut = Array(png.prefix(idat.data + idat.length / 2))
        #expect(Self.reason(Self.refusal(cut)) != nil, "\(String(describing: Self.refusal(cut)))")
    }

    @Test func aPNGWithDamagedImageDataIsRefused() throws {
        let png = try Fixtures.png(width: 120, height: 80)
        let idat = try #require(TestImages.chunks(png).first { $0.type == "IDAT" })
        // A damaged byte inside the compressed data: zlib notices before the chunk's CRC is read.
        var damaged = png
        damaged[idat.data + idat.length / 2] ^= 0x55
        let reason = try #require(Self.reason(Self.refusal(damaged)))
        #expect(reason.hasPrefix("IDAT: "), "\(reason)")
        // The data intact, its CRC wrong.
        var badCRC = png
        badCRC[idat.data + idat.length] ^= 0x55
        #expect(Self.reason(Self.refusal(badCRC)) == "IDAT: CRC error")
    }

    @Test func randomBytesBehindAJPEGSignatureAreRefused() async {
        await propertyCheck(count: 100, input: Gen.uint8().array(of: 0...4096)) { noise in
            #expect(Self.reason(Self.refusal([0xFF, 0xD8, 0xFF] + noise)) != nil)
        }
    }

    @Test func randomBytesBehindAPNGSignatureAreRefused() async {
        await propertyCheck(count: 100, input: Gen.uint8().array(of: 0...4096)) { noise in
            #expect(Self.reason(Self.refusal(ContentSniffing.pngSignature + noise)) != nil)
        }
    }

    @Test func aJPEGWithThousandsOfScansIsRefused() throws {
        let image = Fixtures.marked(width: 16, height: 16)
        // libjpeg's usual ten progressive scans are a photo like any other.
        let usual = try JPEGEncoding.encodeProgressive(image, quality: 90, bitByBit: false)
        #expect(try PhotoReencoder.reencode(usual).full.width == 16)
        // 2,090 scans, every one valid: a decompression-time bomb at scale.
        let bomb = try JPEGEncoding.encodeProgressive(image, quality: 90, bitByBit: true)
        #expect(JPEGStructure(bomb)?.markers.filter { $0 == 0xDA }.count == 2_090)
        #expect(Self.reason(Self.refusal(bomb)) == "the JPEG has more than 1000 scans")
    }

    @Test func theLibrariesNeverPrint() throws {
        let jpeg = try Fixtures.jpeg(width: 64, height: 64)
        let png = try Fixtures.png(width: 64, height: 64)
        // A text chunk with a wrong CRC: libpng warns, drops the chunk, and decodes the image.
        var badText = Fixtures.chunk("tEXt", Array("Comment\0warning".utf8))
        badText[badText.count - 1] ^= 0xFF
        let warnedPNG = Fixtures.inserting(chunks: [badText], intoPNG: png)
        var decodedPNG: ReencodedPhoto?
        let printed = StandardError.capturing {
            _ = Self.refusal(Array(jpeg.prefix(jpeg.count / 2)))  // a warning
            _ = Self.refusal(Fixtures.corruptingHuffmanTables(jpeg))  // an error
            _ = Self.refusal(Array(png.prefix(png.count / 2)))  // an error
            decodedPNG = try? PhotoReencoder.reencode(warnedPNG)  // a warning
        }
        #expect(decodedPNG?.full.width == 64)
        for text in ["JPEG", "libpng", "Corrupt", "Premature", "CRC", "Huffman"] {
            #expect(!printed.contains(text), "printed: \(printed)")
        }
    }
}
