import ImagingTestSupport
import PropertyBased
import Testing

@testable import CelluliteImaging

/// The orientation parser reads untrusted bytes: it finds the tag in valid data of either byte
/// order and returns 1, without crashing, on anything else.
@Suite struct ExifOrientationTests {
    typealias Fixtures = ImagingFixtures

    @Test func itFindsTheOrientationInEitherByteOrder() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...8), Gen.bool) { orientation, littleEndian in
            let tiff = Fixtures.tiff(orientation: orientation, littleEndian: littleEndian)
            #expect(ExifOrientation.tiff(tiff) == orientation)
            let jpeg =
                [0xFF, 0xD8] + Fixtures.exifSegment(orientation: orientation, littleEndian: littleEndian)
                + [0xFF, 0xD9]
            #expect(ExifOrientation.of(jpeg, format: .jpeg) == orientation)
        }
    }

    @Test func anOutOfRangeValueMeansUpright() {
        #expect(ExifOrientation.tiff(Fixtures.tiff(orientation: 9, littleEndian: true)) == 1)
        #expect(ExifOrientation.tiff(Fixtures.tiff(orientation: 0, littleEndian: false)) == 1)
    }

    @Test func arbitraryBytesGiveAnOrientationFrom1To8() async {
        await propertyCheck(count: 500, input: Gen.uint8().array(of: 0...200)) { bytes in
            #expect((1...8).contains(ExifOrientation.tiff(bytes)))
            #expect((1...8).contains(ExifOrientation.of([0xFF, 0xD8, 0xFF, 0xE1] + bytes, format: .jpeg)))
            #expect(
                (1...8).contains(
                    ExifOrientation.of([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bytes, format: .png)))
        }
    }

    @Test func truncatedExifDataMeansUpright() async {
        let tiff = Fixtures.tiff(orientation: 6, littleEndian: true)
        await propertyCheck(count: 200, input: Gen.int(in: 0...(tiff.count - 1))) { cut in
            let value = ExifOrientation.tiff(Array(tiff.prefix(cut)))
            // The orientation value ends at byte 20 (header 8, count 2, tag and type 4, count 4, value 2).
            #expect(cut >= 20 ? value == 6 : value == 1)
        }
    }
}
