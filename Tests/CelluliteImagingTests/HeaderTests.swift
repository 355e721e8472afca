import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// The header is the type by content, the size and the orientation, with no pixel decoded.
@Suite struct HeaderTests {
    typealias Fixtures = ImagingFixtures

    @Test func theHeaderIsReadWithoutDecoding() throws {
        let jpeg = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)], into: try Fixtures.jpeg(width: 30, height: 20))
        #expect(
            try PhotoReencoder.header(of: jpeg) == PhotoHeader(format: .jpeg, width: 30, height: 20, orientation: 6))
        #expect(
            try PhotoReencoder.header(of: try Fixtures.png(width: 7, height: 9))
                == PhotoHeader(format: .png, width: 7, height: 9, orientation: 1))
        // Only the header is read: a JPEG cut right after its first scan header still has one.
        let scan = try #require(Fixtures.offset(of: 0xDA, in: jpeg))
        #expect(try PhotoReencoder.header(of: Array(jpeg.prefix(scan + 14))).width == 30)
    }

    @Test func theTypeIsTheContentsNotAName() throws {
        // A PNG is a PNG and a JPEG a JPEG, whatever an upload calls them; nothing else is either.
        #expect(try PhotoReencoder.header(of: try Fixtures.png(width: 4, height: 4)).format == .png)
        #expect(try PhotoReencoder.header(of: try Fixtures.jpeg(width: 4, height: 4)).format == .jpeg)
        #expect(throws: ImagingError.unsupportedFormat) { try PhotoReencoder.header(of: Array("GIF89a".utf8)) }
    }

    @Test func aPNGWithoutIHDRFirstIsUndecodable() throws {
        let png = try Fixtures.png(width: 4, height: 4)
        var renamed = png
        renamed[12] = UInt8(ascii: "X")
        #expect(throws: ImagingError.undecodable(reason: "the PNG does not start with its IHDR chunk")) {
            try PhotoReencoder.header(of: renamed)
        }
        #expect(throws: ImagingError.undecodable(reason: "the PNG does not start with its IHDR chunk")) {
            try PhotoReencoder.header(of: Array(png.prefix(20)))
        }
    }
}
