import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// Sizes: the long edge scaled down to the limit (never up), the aspect ratio kept by rounding,
/// and the pixels an area average of what they cover.
@Suite struct ResizeTests {
    typealias Fixtures = ImagingFixtures

    @Test func aWideJPEGIsScaledToTheLongEdgeAndAThumbnail() throws {
        // 5000 wide: libjpeg decodes it at 1/2 (2500 × 500), the area average does the rest.
        let output = try PhotoReencoder.reencode(try Fixtures.jpeg(width: 5000, height: 1000, quality: 60))
        // 1000 × 2048 / 5000 = 409.6, rounded.
        #expect((output.full.width, output.full.height) == (2048, 410))
        // 410 × 320 / 2048 = 64.06, rounded.
        #expect((output.thumbnail.width, output.thumbnail.height) == (320, 64))
        let full = try PhotoDecoding.decode(output.full.bytes)
        let thumbnail = try PhotoDecoding.decode(output.thumbnail.bytes)
        #expect((full.width, full.height) == (2048, 410))
        #expect((thumbnail.width, thumbnail.height) == (320, 64))
        #expect(TestImages.isRed(full.nearCorner(right: false, bottom: false)))
        #expect(TestImages.isRed(thumbnail.nearCorner(right: false, bottom: false)))
    }

    @Test func aTallPNGIsScaledTheSameWay() throws {
        let output = try PhotoReencoder.reencode(try Fixtures.png(width: 700, height: 3500))
        // 700 × 2048 / 3500 = 409.6; 410 × 320 / 2048 = 64.06.
        #expect((output.full.width, output.full.height) == (410, 2048))
        #expect((output.thumbnail.width, output.thumbnail.height) == (64, 320))
    }

    @Test func smallImagesAreNotScaledUp() throws {
        for input in [try Fixtures.png(width: 100, height: 50), try Fixtures.jpeg(width: 100, height: 50)] {
            let output = try PhotoReencoder.reencode(input)
            #expect((output.full.width, output.full.height) == (100, 50))
            #expect((output.thumbnail.width, output.thumbnail.height) == (100, 50))
        }
        // Between the two limits: the stored image keeps its size, the thumbnail shrinks.
        let output = try PhotoReencoder.reencode(try Fixtures.jpeg(width: 1000, height: 600))
        #expect((output.full.width, output.full.height) == (1000, 600))
        #expect((output.thumbnail.width, output.thumbnail.height) == (320, 192))
    }

    @Test func theRuleRoundsAndKeepsAtLeastOnePixel() {
        #expect(PixelSize(width: 5000, height: 1000).fitting(longEdge: 2048) == PixelSize(width: 2048, height: 410))
        #expect(PixelSize(width: 2048, height: 410).fitting(longEdge: 320) == PixelSize(width: 320, height: 64))
        // 3 × 2 / 4 = 1.5 rounds up; 10,000 × 1 keeps its one row.
        #expect(PixelSize(width: 4, height: 3).fitting(longEdge: 2) == PixelSize(width: 2, height: 2))
        #expect(PixelSize(width: 10_000, height: 1).fitting(longEdge: 2048) == PixelSize(width: 2048, height: 1))
        #expect(PixelSize(width: 2048, height: 2048).fitting(longEdge: 2048) == PixelSize(width: 2048, height: 2048))
        #expect(PixelSize(width: 10, height: 10).fitting(longEdge: 0) == PixelSize(width: 1, height: 1))
    }

    @Test func customLimitsAreFollowed() throws {
        let limits = ImagingLimits(longEdge: 100, thumbnailEdge: 30)
        let output = try PhotoReencoder.reencode(try Fixtures.jpeg(width: 400, height: 300), limits: limits)
        #expect((output.full.width, output.full.height) == (100, 75))
        #expect((output.thumbnail.width, output.thumbnail.height) == (30, 23))  // 75 × 30 / 100 = 22.5
    }

    /// One-pixel black and white squares, scaled by a ratio that is not a whole number: an area
    /// average gives even grey everywhere, where sampling or whole-pixel boxes give stripes.
    @Test func theScalingIsAnAreaAverage() throws {
        let side = 300
        let pixels = (0..<side).flatMap { y in
            (0..<side).flatMap { x in [UInt8]((x + y).isMultiple(of: 2) ? [0, 0, 0] : [255, 255, 255]) }
        }
        let checkerboard = RGBImage(width: side, height: side, pixels: pixels)
        for target in [PixelSize(width: 128, height: 128), PixelSize(width: 100, height: 37)] {
            let scaled = try checkerboard.resized(to: target)
            #expect(scaled.size == target)
            let values = Set(scaled.pixels)
            #expect(values.allSatisfy { (122...133).contains($0) }, "\(target): \(values.sorted())")
        }
    }

    @Test func anAverageOfWholeBlocksIsExact() throws {
        // 4 × 2 → 2 × 1: each output pixel the mean of a 2 × 2 block.
        let image = RGBImage(
            width: 4, height: 2,
            pixels: [
                0, 0, 0, 10, 20, 30, 100, 100, 100, 200, 200, 200, 40, 80, 120, 50, 60, 70, 100, 100, 100, 0, 0, 0,
            ])
        let scaled = try image.resized(to: PixelSize(width: 2, height: 1))
        // (0 + 10 + 40 + 50) / 4 = 25, (0 + 20 + 80 + 60) / 4 = 40, (0 + 30 + 120 + 70) / 4 = 55; then 100, 100, 100.
        #expect(scaled.pixels == [25, 40, 55, 100, 100, 100])
        #expect(try image.resized(to: image.size) == image)
    }
}
