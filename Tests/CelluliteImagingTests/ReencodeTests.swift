import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// What comes out of a re-encode: a new JPEG with no metadata, upright, within its size.
@Suite struct ReencodeTests {
    typealias Fixtures = ImagingFixtures

    /// SOI is not in the walk; APP0 (JFIF), quantisation and Huffman tables, the frame, the scan.
    static let allowedMarkers: Set<UInt8> = [0xE0, 0xDB, 0xC4, 0xC0, 0xDA, 0xDD]

    @Test func noMetadataBlockSurvivesAJPEG() throws {
        let input = Fixtures.inserting(Fixtures.metadataSegments(), into: try Fixtures.jpeg(width: 64, height: 48))
        #expect(input.contains(text: "SECRET-GPS") && input.contains(text: "SECRET-XMP"))

        let output = try PhotoReencoder.reencode(input)
        for jpeg in [output.full.bytes, output.thumbnail.bytes] {
            #expect(Set(Fixtures.markers(jpeg)).isSubset(of: Self.allowedMarkers), "markers: \(Fixtures.markers(jpeg))")
            for secret in ["SECRET-GPS", "SECRET-XMP", "SECRET-IPTC", "SECRET-ICC", "SECRET-COMMENT", "Exif"] {
                #expect(!jpeg.contains(text: secret), "\(secret) survived")
            }
        }
    }

    @Test func noTextChunkSurvivesAPNG() throws {
        let chunks = [
            Fixtures.chunk("tEXt", Array("Comment\0SECRET-TEXT".utf8)),
            Fixtures.chunk("iTXt", Array("XML:com.adobe.xmp\0\0\0\0\0SECRET-ITXT".utf8)),
            Fixtures.chunk("eXIf", Fixtures.tiff(orientation: 1, littleEndian: false)),
        ]
        let input = Fixtures.inserting(chunks: chunks, intoPNG: try Fixtures.png(width: 64, height: 48))
        let output = try PhotoReencoder.reencode(input)
        #expect(Set(Fixtures.markers(output.full.bytes)).isSubset(of: Self.allowedMarkers))
        for secret in ["SECRET-TEXT", "SECRET-ITXT", "SECRET-GPS"] {
            #expect(!output.full.bytes.contains(text: secret))
        }
        #expect(output.full.width == 64 && output.full.height == 48)
    }

    /// Where the red block (top-left when stored) is shown, for each EXIF orientation: the
    /// quarter of the upright image that holds it, as (right half?, bottom half?).
    static let redCorner: [Int: (right: Bool, bottom: Bool)] = [
        1: (false, false), 2: (true, false), 3: (true, true), 4: (false, true),
        5: (false, false), 6: (true, false), 7: (true, true), 8: (false, true),
    ]

    @Test(arguments: 1...8)
    func theOrientationIsAppliedToThePixels(orientation: Int) throws {
        let input = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: orientation, littleEndian: orientation.isMultiple(of: 2))],
            into: try Fixtures.jpeg(width: 80, height: 40, quality: 95))
        let output = try PhotoReencoder.reencode(input)
        let turned = orientation >= 5
        #expect(output.full.width == (turned ? 40 : 80))
        #expect(output.full.height == (turned ? 80 : 40))
        #expect(try PhotoReencoder.header(of: output.full.bytes).orientation == 1)

        let image = try PhotoDecoding.decode(output.full.bytes)
        let corner = try #require(Self.redCorner[orientation])
        // The centre of the block's corner quarter, well inside the block (a quarter of each edge).
        let x = corner.right ? image.width - 1 - image.width / 16 : image.width / 16
        let y = corner.bottom ? image.height - 1 - image.height / 16 : image.height / 16
        let pixel = image.pixel(x: x, y: y)
        #expect(pixel.red > 200 && pixel.green < 60 && pixel.blue < 60, "orientation \(orientation): \(pixel)")
        // The opposite corner is not red.
        let far = image.pixel(x: image.width - 1 - x, y: image.height - 1 - y)
        #expect(far.blue > 150, "orientation \(orientation): \(far)")
    }

    @Test func aWideImageIsScaledToTheLongEdgeAndAThumbnail() throws {
        let output = try PhotoReencoder.reencode(try Fixtures.jpeg(width: 5000, height: 1000, quality: 60))
        // 1000 × 2048 / 5000 = 409.6, rounded.
        #expect((output.full.width, output.full.height) == (2048, 410))
        // 410 × 320 / 2048 = 64.06.
        #expect((output.thumbnail.width, output.thumbnail.height) == (320, 64))
        let decoded = try PhotoDecoding.decode(output.thumbnail.bytes)
        #expect((decoded.width, decoded.height) == (320, 64))
    }

    @Test func aSmallImageIsNotScaledUp() throws {
        let output = try PhotoReencoder.reencode(try Fixtures.png(width: 100, height: 50))
        #expect((output.full.width, output.full.height) == (100, 50))
        #expect((output.thumbnail.width, output.thumbnail.height) == (100, 50))
    }

    @Test func theHeaderIsReadWithoutDecoding() throws {
        let jpeg = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)], into: try Fixtures.jpeg(width: 30, height: 20))
        #expect(
            try PhotoReencoder.header(of: jpeg) == PhotoHeader(format: .jpeg, width: 30, height: 20, orientation: 6))
        #expect(
            try PhotoReencoder.header(of: try Fixtures.png(width: 7, height: 9))
                == PhotoHeader(format: .png, width: 7, height: 9, orientation: 1))
    }
}
