import Foundation
import ImagingTestSupport
import PropertyBased
import Testing

@testable import CelluliteImaging

/// A bounded fuzz of the whole path: a real JPEG (with EXIF, GPS, XMP, IPTC, ICC, a comment) and
/// a real PNG (with text and EXIF chunks), mutated at random and re-encoded. Every result is a
/// valid photo within the limits, with no metadata, or a thrown `ImagingError`; a crash, a hang
/// or a leak in the shim would end or slow the run.
@Suite struct ImagingFuzzTests {
    typealias Fixtures = ImagingFixtures
    /// 4,000 in the default suite (about 5 s of one core in a debug build, run beside the rest);
    /// CELLULITE_FUZZ_EXECUTIONS asks for a longer run.
    static let executions =
        ProcessInfo.processInfo.environment["CELLULITE_FUZZ_EXECUTIONS"].flatMap { Int($0) } ?? 4_000

    static let secrets = ["SECRET-GPS", "SECRET-XMP", "SECRET-IPTC", "SECRET-ICC", "SECRET-COMMENT", "SECRET-TEXT"]

    @Test func mutatedPhotosAreReencodedOrRefusedNeverCrash() async throws {
        let jpeg = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)] + Fixtures.metadataSegments(),
            into: try Fixtures.jpeg(width: 256, height: 192, quality: 80))
        let png = Fixtures.inserting(
            chunks: [
                Fixtures.chunk("tEXt", Array("Comment\0SECRET-TEXT".utf8)),
                Fixtures.chunk("eXIf", Fixtures.tiff(orientation: 8, littleEndian: false)),
            ], intoPNG: try Fixtures.png(width: 128, height: 96))
        // Small limits, so the scaling paths run on most accepted inputs too.
        let limits = ImagingLimits(longEdge: 200, thumbnailEdge: 50)
        var accepted = 0
        var refused: [String: Int] = [:]
        let start = ContinuousClock.now
        await propertyCheck(count: Self.executions, input: Gen.uint64(), Gen.bool) { seed, usePNG in
            let input = Mutation.apply(to: usePNG ? png : jpeg, seed: seed)
            let output: ReencodedPhoto
            do {
                output = try PhotoReencoder.reencode(input, limits: limits)
            } catch let error as ImagingError {
                switch error {
                case .empty: refused["empty", default: 0] += 1
                case .unsupportedFormat: refused["unsupported", default: 0] += 1
                case .tooManyPixels: refused["too many pixels", default: 0] += 1
                case .undecodable: refused["undecodable", default: 0] += 1
                }
                return
            } catch {
                Issue.record("seed \(seed): not an ImagingError: \(error)")
                return
            }
            accepted += 1
            for rendition in [output.full, output.thumbnail] {
                let again = try PhotoDecoding.decode(rendition.bytes)
                #expect((again.width, again.height) == (rendition.width, rendition.height), "seed \(seed)")
                #expect(JPEGStructure(rendition.bytes)?.isBareBaselineJFIF == true, "seed \(seed)")
                for secret in Self.secrets { #expect(!rendition.bytes.contains(text: secret), "seed \(seed)") }
            }
            #expect(max(output.full.width, output.full.height) <= limits.longEdge, "seed \(seed)")
            #expect(max(output.thumbnail.width, output.thumbnail.height) <= limits.thumbnailEdge, "seed \(seed)")
            #expect(output.thumbnail.width <= output.full.width && output.thumbnail.height <= output.full.height)
        }
        let elapsed = ContinuousClock.now - start
        let total = accepted + refused.values.reduce(0, +)
        print(
            "imaging fuzz: \(total) executions in \(elapsed): \(accepted) re-encoded, refused "
                + refused.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        )
        #expect(total == Self.executions)
        #expect(accepted > 0 && total - accepted > 0, "the mutations should both break and spare some files")
    }
}
