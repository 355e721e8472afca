import Testing

@testable import CelluliteWeb

/// Random bytes drawn eight at a time: exactly as many as asked for, and none of them fixed.
@Suite struct SecureRandomTests {
    @Test func everyCountGetsExactlyThatManyBytes() {
        for count in 0...40 {
            #expect(SecureRandom.bytes(count).count == count)
        }
    }

    /// Over 2,000 draws of 16 bytes, every position (the last, cut from its draw of eight,
    /// included) takes well over 200 of the 256 values; a position left at zero or repeated from
    /// another draw would take one.
    @Test func everyPositionVaries() {
        let draws = (0..<2_000).map { _ in SecureRandom.bytes(16) }
        for position in 0..<16 {
            #expect(Set(draws.map { $0[position] }).count > 200, "position \(position)")
        }
        #expect(Set(draws).count == draws.count)
    }
}
