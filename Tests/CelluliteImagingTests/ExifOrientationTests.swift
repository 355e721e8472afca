import ImagingTestSupport
import PropertyBased
import Testing

@testable import CelluliteImaging

/// The orientation parser reads untrusted bytes: it finds the tag in valid EXIF of either byte
/// order wherever it sits, and gives 1, never a crash or a read out of bounds, on anything else.
@Suite struct ExifOrientationTests {
    typealias Fixtures = ImagingFixtures

    /// A valid TIFF block of any shape a camera might write: either byte order, IFD0 anywhere
    /// after the header, other entries of other types before and after the orientation.
    struct Layout: Sendable, CustomStringConvertible {
        var orientation: Int
        var littleEndian: Bool
        var padding: Int
        var tagsBefore: [UInt16]
        var tagsAfter: [UInt16]

        var description: String {
            let order = littleEndian ? "II" : "MM"
            return "orientation \(orientation), \(order), padding \(padding), \(tagsBefore) / \(tagsAfter)"
        }

        var tiff: [UInt8] {
            func u16(_ value: Int) -> [UInt8] {
                let bytes = [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
                return littleEndian ? bytes.reversed() : bytes
            }
            func u32(_ value: Int) -> [UInt8] {
                let bytes = [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) }
                return littleEndian ? bytes.reversed() : bytes
            }
            // A LONG holding its value in place, with the tag's own number as a recognisable value.
            func other(_ tag: UInt16) -> [UInt8] { u16(Int(tag)) + u16(4) + u32(1) + u32(Int(tag)) }
            var data = (littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]) + u16(42) + u32(8 + padding)
            data += [UInt8](repeating: 0xA5, count: padding)
            data += u16(tagsBefore.count + 1 + tagsAfter.count)
            data += tagsBefore.flatMap(other)
            data += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0)
            data += tagsAfter.flatMap(other)
            return data + u32(0)
        }
    }

    static let layout = zip(
        Gen.int(in: 1...8), Gen.bool, Gen.int(in: 0...24), Gen.uint16(in: 0x0100...0x0111).array(of: 0...5),
        Gen.uint16(in: 0x0113...0xFFFF).array(of: 0...5)
    ).map { Layout(orientation: $0, littleEndian: $1, padding: $2, tagsBefore: $3, tagsAfter: $4) }

    /// A real JPEG's segments after SOI, and a real PNG's chunks after IHDR, to put EXIF in front of.
    static let jpegTail = Array(try! Fixtures.jpeg(width: 16, height: 16).dropFirst(2))
    static let png = try! Fixtures.png(width: 16, height: 16)

    static func jpeg(exif tiff: [UInt8]) -> [UInt8] {
        // JFIF first and an XMP APP1 before the EXIF one, as editors write them.
        [0xFF, 0xD8] + Fixtures.segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
            + Fixtures.segment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".utf8))
            + Fixtures.segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff) + jpegTail
    }

    static func png(exif tiff: [UInt8]) -> [UInt8] {
        Fixtures.inserting(
            chunks: [Fixtures.chunk("tEXt", Array("Software\0test".utf8)), Fixtures.chunk("eXIf", tiff)], intoPNG: png)
    }

    @Test func itFindsTheOrientationInAnyValidLayout() async {
        await propertyCheck(count: 300, input: Self.layout) { layout in
            #expect(ExifOrientation.tiff(layout.tiff) == layout.orientation, "\(layout)")
            #expect(ExifOrientation.of(Self.jpeg(exif: layout.tiff), format: .jpeg) == layout.orientation)
            #expect(ExifOrientation.of(Self.png(exif: layout.tiff), format: .png) == layout.orientation)
        }
    }

    @Test func theHeaderReportsItForBothByteOrders() throws {
        for littleEndian in [true, false] {
            let jpeg = Self.jpeg(exif: Fixtures.tiff(orientation: 6, littleEndian: littleEndian))
            #expect(
                try PhotoReencoder.header(of: jpeg) == PhotoHeader(format: .jpeg, width: 16, height: 16, orientation: 6)
            )
            let png = Self.png(exif: Fixtures.tiff(orientation: 8, littleEndian: littleEndian))
            #expect(
                try PhotoReencoder.header(of: png) == PhotoHeader(format: .png, width: 16, height: 16, orientation: 8))
        }
        // Some writers put the JPEG's "Exif\0\0" in front of a PNG's eXIf data too.
        let prefixed = Self.png(exif: Array("Exif".utf8) + [0, 0] + Fixtures.tiff(orientation: 3, littleEndian: true))
        #expect(ExifOrientation.of(prefixed, format: .png) == 3)
    }

    @Test func noExifMeansUpright() throws {
        #expect(try PhotoReencoder.header(of: Fixtures.jpeg(width: 8, height: 8)).orientation == 1)
        #expect(try PhotoReencoder.header(of: Fixtures.png(width: 8, height: 8)).orientation == 1)
        // EXIF after the image data is not looked for.
        let late = TestImages.appending(
            chunks: [Fixtures.chunk("eXIf", Fixtures.tiff(orientation: 6, littleEndian: true))], toPNG: Self.png)
        #expect(ExifOrientation.of(late, format: .png) == 1)
    }

    @Test func malformedEntriesMeanUpright() {
        for value in [0, 9, 0xFFFF] {
            #expect(ExifOrientation.tiff(Fixtures.tiff(orientation: value, littleEndian: true)) == 1)
            #expect(ExifOrientation.tiff(Fixtures.tiff(orientation: value, littleEndian: false)) == 1)
        }
        var tiff = Fixtures.tiff(orientation: 6, littleEndian: false)
        // The entry (at 10): tag, type (12), count (14), value (18).
        var wrongType = tiff
        wrongType[13] = 4  // LONG, not SHORT
        #expect(ExifOrientation.tiff(wrongType) == 1)
        var twoValues = tiff
        twoValues[17] = 2
        #expect(ExifOrientation.tiff(twoValues) == 1)
        var badMagic = tiff
        badMagic[3] = 43
        #expect(ExifOrientation.tiff(badMagic) == 1)
        // IFD0 pointing into the header, then past the end.
        tiff[7] = 2
        #expect(ExifOrientation.tiff(tiff) == 1)
        tiff[4] = 0x7F
        #expect(ExifOrientation.tiff(tiff) == 1)
    }

    @Test func truncatedExifDataMeansUpright() async {
        let tiff = Fixtures.tiff(orientation: 6, littleEndian: true)
        await propertyCheck(count: 200, input: Gen.int(in: 0...(tiff.count - 1))) { cut in
            let value = ExifOrientation.tiff(Array(tiff.prefix(cut)))
            // The orientation's value ends at byte 20 (header 8, count 2, tag, type and count 8, value 2).
            #expect(cut >= 20 ? value == 6 : value == 1)
            // In a JPEG, the APP1 length then claims more than there is.
            let jpeg = [0xFF, 0xD8] + Fixtures.exifSegment(orientation: 6)
            #expect(ExifOrientation.of(Array(jpeg.prefix(cut + 2)), format: .jpeg) == 1)
        }
    }

    @Test func arbitraryBytesNeverCrashTheParser() async {
        await propertyCheck(count: 1_000, input: Gen.uint8().array(of: 0...300)) { bytes in
            #expect((1...8).contains(ExifOrientation.tiff(bytes)))
            #expect((1...8).contains(ExifOrientation.tiff([0x49, 0x49, 42, 0] + bytes)))
            #expect((1...8).contains(ExifOrientation.tiff([0x4D, 0x4D, 0, 42] + bytes)))
            #expect((1...8).contains(ExifOrientation.of(bytes, format: .jpeg)))
            #expect((1...8).contains(ExifOrientation.of([0xFF, 0xD8, 0xFF, 0xE1] + bytes, format: .jpeg)))
            #expect((1...8).contains(ExifOrientation.of(ContentSniffing.pngSignature + bytes, format: .png)))
        }
    }

    @Test func mutatedExifNeverCrashesTheParser() async {
        let jpeg = Self.jpeg(exif: Fixtures.tiff(orientation: 6, littleEndian: true))
        let png = Self.png(exif: Fixtures.tiff(orientation: 6, littleEndian: false))
        // The metadata part, where the parser works, and the start of what follows it.
        let jpegHead = Array(jpeg.prefix(jpeg.count - Self.jpegTail.count + 24))
        let pngHead = Array(png.prefix(TestImages.chunks(png).first { $0.type == "IDAT" }!.data + 16))
        await propertyCheck(count: 1_000, input: Gen.uint64(), Gen.bool) { seed, usePNG in
            let input = usePNG ? pngHead : jpegHead
            let mutated = Mutation.apply(to: input, seed: seed)
            #expect((1...8).contains(ExifOrientation.of(mutated, format: usePNG ? .png : .jpeg)))
            #expect((1...8).contains(ExifOrientation.tiff(Array(mutated.dropFirst(30)))))
        }
    }
}
