import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// Whatever metadata an upload carries (EXIF with GPS, XMP, IPTC, ICC, comments, PNG text), the
/// re-encoded JPEGs are new files with a JFIF header and pixels only.
@Suite struct MetadataStrippingTests {
    typealias Fixtures = ImagingFixtures

    static let jpegSecrets = ["SECRET-GPS", "SECRET-XMP", "SECRET-IPTC", "SECRET-ICC", "SECRET-COMMENT"]

    @Test func noMetadataSegmentOfAJPEGSurvives() throws {
        // EXIF (orientation 1, a GPS IFD holding SECRET-GPS), XMP, IPTC (APP13), ICC (APP2), COM.
        let input = Fixtures.inserting(Fixtures.metadataSegments(), into: try Fixtures.jpeg(width: 64, height: 48))
        for secret in Self.jpegSecrets { #expect(input.contains(text: secret), "the fixture lacks \(secret)") }
        #expect(JPEGStructure(input)?.markers.contains(0xED) == true)

        let output = try PhotoReencoder.reencode(input)
        for jpeg in [output.full.bytes, output.thumbnail.bytes] {
            let structure = try #require(JPEGStructure(jpeg))
            #expect(structure.isBareBaselineJFIF, "markers: \(structure.markers.map { String($0, radix: 16) })")
            for secret in Self.jpegSecrets + ["Exif", "http://ns.adobe.com", "Photoshop", "ICC_PROFILE"] {
                #expect(!jpeg.contains(text: secret), "\(secret) survived")
            }
        }
    }

    @Test func aProgressiveJPEGWithMetadataComesOutBaselineAndBare() throws {
        let progressive = try JPEGEncoding.encodeProgressive(
            Fixtures.marked(width: 120, height: 90), quality: 90, bitByBit: false)
        #expect(JPEGStructure(progressive)?.markers.contains(0xC2) == true)
        let input = Fixtures.inserting(Fixtures.metadataSegments(), into: progressive)
        let output = try PhotoReencoder.reencode(input)
        #expect(JPEGStructure(output.full.bytes)?.isBareBaselineJFIF == true)
        for secret in Self.jpegSecrets { #expect(!output.full.bytes.contains(text: secret)) }
        #expect(TestImages.isRed(try PhotoDecoding.decode(output.full.bytes).nearCorner(right: false, bottom: false)))
    }

    @Test func noTextOrExifChunkOfAPNGSurvives() throws {
        let before = [
            Fixtures.chunk("tEXt", Array("Comment\0SECRET-TEXT".utf8)),
            // Keyword, separator, compression method 0, then the zlib stream.
            Fixtures.chunk(
                "zTXt", Array("Description\0".utf8) + [0] + TestImages.zlibStored(Array("SECRET-ZTXT".utf8))),
            // Keyword, separator, uncompressed, method, language tag, translated keyword, text.
            Fixtures.chunk("iTXt", Array("XML:com.adobe.xmp\0".utf8) + [0, 0] + Array("en\0\0SECRET-ITXT".utf8)),
            Fixtures.chunk("eXIf", Fixtures.tiff(orientation: 1, littleEndian: false, secret: "SECRET-EXIF")),
        ]
        // Text chunks may also follow the image data.
        let after = [Fixtures.chunk("tEXt", Array("Author\0SECRET-AFTER".utf8))]
        let input = TestImages.appending(
            chunks: after, toPNG: Fixtures.inserting(chunks: before, intoPNG: try Fixtures.png(width: 64, height: 48)))
        let secrets = ["SECRET-TEXT", "SECRET-ZTXT", "SECRET-ITXT", "SECRET-EXIF", "SECRET-AFTER"]
        for secret in secrets { #expect(input.contains(text: secret), "the fixture lacks \(secret)") }
        // libpng takes the chunks as well formed: the image decodes as it is.
        #expect(try PhotoDecoding.decode(input) == PhotoDecoding.decode(try Fixtures.png(width: 64, height: 48)))

        let output = try PhotoReencoder.reencode(input)
        #expect((output.full.width, output.full.height) == (64, 48))
        for jpeg in [output.full.bytes, output.thumbnail.bytes] {
            #expect(JPEGStructure(jpeg)?.isBareBaselineJFIF == true)
            for secret in secrets + ["Exif", "XML:com.adobe.xmp", "Comment"] {
                #expect(!jpeg.contains(text: secret), "\(secret) survived")
            }
        }
    }

    @Test func theEncoderWritesABareJFIFFile() throws {
        let jpeg = try JPEGEncoding.encode(Fixtures.marked(width: 33, height: 17), quality: 85)
        let structure = try #require(JPEGStructure(jpeg))
        #expect(structure.isBareBaselineJFIF)
        // Two quantisation tables, four Huffman tables (DC and AC for luma and chroma).
        #expect(structure.markers.filter { $0 == 0xDB }.count == 2)
        #expect(structure.markers.filter { $0 == 0xC4 }.count == 4)
    }
}
