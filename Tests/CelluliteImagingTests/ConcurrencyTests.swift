import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// Each call has its own decoder and encoder state: many at once, on many threads, give exactly
/// what they give one at a time, errors included.
@Suite struct ConcurrencyTests {
    typealias Fixtures = ImagingFixtures

    @Test func concurrentReencodesMatchSequentialOnes() async throws {
        let jpeg = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)], into: try Fixtures.jpeg(width: 300, height: 200))
        let inputs: [[UInt8]] = [
            jpeg,
            try Fixtures.png(width: 240, height: 180),
            Array(jpeg.prefix(jpeg.count / 2)),
            Fixtures.corruptingHuffmanTables(jpeg),
            try Fixtures.jpeg(width: 500, height: 100),
        ]
        let limits = ImagingLimits(longEdge: 256, thumbnailEdge: 64)
        let expected = inputs.map { input in
            Result { () throws(ImagingError) in try PhotoReencoder.reencode(input, limits: limits) }
        }
        let results = await withTaskGroup(of: (Int, Result<ReencodedPhoto, ImagingError>).self) { group in
            for round in 0..<40 {
                let index = round % inputs.count
                let input = inputs[index]
                group.addTask {
                    (index, Result { () throws(ImagingError) in try PhotoReencoder.reencode(input, limits: limits) })
                }
            }
            var results: [(Int, Result<ReencodedPhoto, ImagingError>)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 40)
        for (index, result) in results { #expect(result == expected[index], "input \(index)") }
    }
}
