import ImagingTestSupport
import PropertyBased
import Testing

@testable import CelluliteImaging

/// A bounded fuzz of the whole imaging path: real photos (a JPEG with EXIF, a PNG), mutated at
/// random, each re-encoded. Every result is a valid photo within the limits or a thrown
/// `ImagingError`; a crash, a hang or a leak of the shim would end or slow the run.
@Suite struct ImagingFuzzTests {
    typealias Fixtures = ImagingFixtures
    static let executions = 10_000

    enum Mutation: CaseIterable { case flip, truncate, insert, duplicate, overwrite }

    static func mutate(_ input: [UInt8], _ seed: UInt64) -> [UInt8] {
        var generator = Xoshiro(seed: seed)
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            switch Mutation.allCases.randomElement(using: &generator)! {
            case .flip: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            case .truncate: bytes.removeSubrange(at...)
            case .insert:
                bytes.insert(
                    contentsOf: (0..<Int.random(in: 1...16, using: &generator)).map { _ in
                        UInt8.random(in: 0...255, using: &generator)
                    }, at: at)
            case .duplicate:
                let end = min(bytes.count, at + Int.random(in: 1...64, using: &generator))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case .overwrite:
                let value: UInt8 = [0x00, 0xFF, 0x7F, 0x80].randomElement(using: &generator)!
                for index in at..<min(bytes.count, at + 4) { bytes[index] = value }
            }
        }
        return bytes
    }

    @Test func mutatedPhotosAreReencodedOrRefusedNeverCrash() async throws {
        let jpeg = Fixtures.inserting(
            [Fixtures.exifSegment(orientation: 6)] + Fixtures.metadataSegments(),
            into: try Fixtures.jpeg(width: 256, height: 192, quality: 80))
        let png = Fixtures.inserting(
            chunks: [Fixtures.chunk("tEXt", Array("Comment\0fuzz".utf8))],
            intoPNG: try Fixtures.png(width: 96, height: 64))
        let limits = ImagingLimits.standard
        var accepted = 0
        var refused = 0
        let start = ContinuousClock.now
        await propertyCheck(count: Self.executions, input: Gen.uint64(), Gen.bool) { seed, usePNG in
            let input = Self.mutate(usePNG ? png : jpeg, seed)
            do {
                let output = try PhotoReencoder.reencode(input, limits: limits)
                let again = try PhotoDecoding.decode(output.full.bytes)
                #expect((again.width, again.height) == (output.full.width, output.full.height))
                #expect(max(output.full.width, output.full.height) <= limits.longEdge)
                #expect(max(output.thumbnail.width, output.thumbnail.height) <= limits.thumbnailEdge)
                accepted += 1
            } catch {
                refused += 1
            }
        }
        let elapsed = ContinuousClock.now - start
        print(
            "imaging fuzz: \(accepted + refused) executions (\(accepted) re-encoded, \(refused) refused) in \(elapsed)")
        #expect(accepted + refused == Self.executions)
        #expect(refused > 0 && accepted > 0, "the mutations should both break and spare some files")
    }
}

/// xoshiro256** seeded by SplitMix64: a mutation per seed, the same on every run.
struct Xoshiro: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var split = seed
        func next() -> UInt64 {
            split &+= 0x9E37_79B9_7F4A_7C15
            var z = split
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }

    mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = state.3 << 45 | state.3 >> 19
        return result
    }
}
