import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// The EXIF orientation is applied to the pixels: the output shows the image as a viewer would,
/// with orientation 1 and, for 5–8, width and height swapped.
@Suite struct OrientationTests {
    typealias Fixtures = ImagingFixtures

    /// Where the red block, stored in the top-left corner, is shown for each orientation.
    static let redCorner: [Int: (right: Bool, bottom: Bool)] = [
        1: (false, false), 2: (true, false), 3: (true, true), 4: (false, true),
        5: (false, false), 6: (true, false), 7: (true, true), 8: (false, true),
    ]

    /// The output is upright, its size as shown, and the red block in the one corner it is shown in.
    static func expectUpright(_ output: ReencodedPhoto, orientation: Int, stored: (width: Int, height: Int)) throws {
        let turned = orientation >= 5
        #expect(output.full.width == (turned ? stored.height : stored.width))
        #expect(output.full.height == (turned ? stored.width : stored.height))
        #expect(try PhotoReencoder.header(of: output.full.bytes).orientation == 1)
        #expect(try PhotoReencoder.header(of: output.thumbnail.bytes).orientation == 1)

        let image = try PhotoDecoding.decode(output.full.bytes)
        #expect((image.width, image.height) == (output.full.width, output.full.height))
        let red = try #require(redCorner[orientation])
        for right in [false, true] {
            for bottom in [false, true] {
                let pixel = image.nearCorner(right: right, bottom: bottom)
                if (right, bottom) == red {
                    #expect(TestImages.isRed(pixel), "orientation \(orientation): \(pixel) is not red")
                } else {
                    #expect(
                        TestImages.isBackground(pixel), "orientation \(orientation): \(pixel) at \(right), \(bottom)")
                }
            }
        }
    }

    @Test(arguments: 1...8)
    func aJPEGsOrientationIsAppliedToItsPixels(orientation: Int) throws {
        let input = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: orientation, littleEndian: orientation.isMultiple(of: 2))],
            into: try Fixtures.jpeg(width: 80, height: 40, quality: 95))
        #expect(try PhotoReencoder.header(of: input).orientation == orientation)
        try Self.expectUpright(try PhotoReencoder.reencode(input), orientation: orientation, stored: (80, 40))
    }

    @Test(arguments: 1...8)
    func aPNGsExifChunkIsAppliedToItsPixels(orientation: Int) throws {
        let exif = Fixtures.chunk(
            "eXIf", Fixtures.tiff(orientation: orientation, littleEndian: !orientation.isMultiple(of: 2)))
        let input = Fixtures.inserting(chunks: [exif], intoPNG: try Fixtures.png(width: 80, height: 40))
        #expect(try PhotoReencoder.header(of: input).orientation == orientation)
        try Self.expectUpright(try PhotoReencoder.reencode(input), orientation: orientation, stored: (80, 40))
    }

    /// Every pixel lands where the orientation says, not just the block: checked without JPEG
    /// loss on the shim's own output.
    @Test(arguments: 1...8)
    func everyPixelMovesWhereTheOrientationSays(orientation: Int) throws {
        let width = 7
        let height = 5
        // Each pixel's colour names its stored place.
        let pixels = (0..<height).flatMap { y in (0..<width).flatMap { x -> [UInt8] in [UInt8(x), UInt8(y), 0] } }
        let image = RGBImage(width: width, height: height, pixels: pixels)
        let turned = try image.oriented(orientation)
        #expect(turned.size == image.size.oriented(orientation))
        for y in 0..<turned.height {
            for x in 0..<turned.width {
                // The stored place shown at (x, y), by the EXIF definitions (the first row and column shown).
                let (sx, sy): (Int, Int) =
                    switch orientation {
                    case 2: (width - 1 - x, y)
                    case 3: (width - 1 - x, height - 1 - y)
                    case 4: (x, height - 1 - y)
                    case 5: (y, x)
                    case 6: (y, height - 1 - x)
                    case 7: (width - 1 - y, height - 1 - x)
                    case 8: (width - 1 - y, x)
                    default: (x, y)
                    }
                let pixel = turned.pixel(x: x, y: y)
                #expect((Int(pixel.red), Int(pixel.green)) == (sx, sy), "orientation \(orientation) at (\(x), \(y))")
            }
        }
    }

    @Test func aTurnedPhotoIsScaledToItsShownSize() throws {
        let input = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)], into: try Fixtures.jpeg(width: 3000, height: 600, quality: 70))
        let output = try PhotoReencoder.reencode(input)
        // 600 × 2048 / 3000 = 409.6, then 410 × 320 / 2048 = 64.06: the same sizes, turned.
        #expect((output.full.width, output.full.height) == (410, 2048))
        #expect((output.thumbnail.width, output.thumbnail.height) == (64, 320))
    }
}
