import Foundation
import ImagingTestSupport
import Testing

@testable import CelluliteImaging

/// The hostile corpus of issue 10: each file is refused with its own error, quickly, and a
/// header that claims a huge image is refused before any pixel is decoded.
@Suite struct HostileFileTests {
    typealias Fixtures = ImagingFixtures

    static func refusal(_ bytes: [UInt8]) -> ImagingError? {
        do {
            _ = try PhotoReencoder.reencode(bytes)
            return nil
        } catch {
            return error
        }
    }

    static func isUndecodable(_ error: ImagingError?) -> Bool {
        if case .undecodable? = error { return true }
        return false
    }

    @Test func filesThatAreNotPhotosAreUnsupported() {
        #expect(Self.refusal([]) == .empty)
        #expect(Self.refusal(Array("hello, this is text named photo.jpg".utf8)) == .unsupportedFormat)
        #expect(Self.refusal(Array("<!doctype html><script>alert(1)</script>".utf8)) == .unsupportedFormat)
        #expect(Self.refusal(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x3B]) == .unsupportedFormat)
    }

    @Test func aTruncatedJPEGIsRefusedNotFilledWithGrey() throws {
        let jpeg = try Fixtures.jpeg(width: 200, height: 150)
        #expect(Self.isUndecodable(Self.refusal(Array(jpeg.prefix(jpeg.count / 2)))))
    }

    @Test func corruptHuffmanTablesAreRefused() throws {
        let jpeg = try Fixtures.jpeg(width: 64, height: 64)
        let corrupt = Fixtures.corruptingHuffmanTables(jpeg)
        #expect(corrupt != jpeg)
        #expect(Self.isUndecodable(Self.refusal(corrupt)))
    }

    @Test func aJPEGClaiming30000SquaredIsRefusedFromItsHeader() throws {
        let jpeg = Fixtures.jpeg(try Fixtures.jpeg(width: 64, height: 64), claiming: 30_000, 30_000)
        let start = ContinuousClock.now
        #expect(Self.refusal(jpeg) == .tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000))
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func aPNGClaiming30000SquaredIsRefusedFromItsHeader() throws {
        let png = Fixtures.png(try Fixtures.png(width: 64, height: 64), claiming: 30_000, 30_000)
        let start = ContinuousClock.now
        #expect(Self.refusal(png) == .tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000))
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func aPNGWithItsImageDataCutIsRefused() throws {
        let png = try Fixtures.png(width: 300, height: 200)
        #expect(Self.isUndecodable(Self.refusal(Array(png.prefix(png.count * 2 / 3)))))
    }

    @Test func randomBytesBehindAJPEGSignatureAreRefused() {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(Self.isUndecodable(Self.refusal([0xFF, 0xD8, 0xFF] + noise)))
    }
}

extension HostileFileTests {
    /// Found by the fuzz test: 32-bit PNG sizes whose product overflows were a crash, not a refusal.
    @Test func aPNGWhoseSizeOverflowsIsRefused() throws {
        let png = Fixtures.png(try Fixtures.png(width: 8, height: 8), claiming: 0x7FFF_FFFF, 0x7FFF_FFFF)
        guard case .tooManyPixels? = Self.refusal(png) else {
            Issue.record("expected tooManyPixels, got \(String(describing: Self.refusal(png)))")
            return
        }
    }
}
