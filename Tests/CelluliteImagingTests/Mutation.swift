/// Random damage to a file, the same for the same seed: what the fuzz and parser tests feed in.
enum Mutation: CaseIterable {
    case flip, truncate, insert, duplicate, overwrite, remove

    /// One to four mutations of `input`, chosen by `seed`.
    static func apply(to input: [UInt8], seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch allCases.randomElement(using: &random)! {
            case .flip:
                bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case .truncate:
                bytes.removeSubrange(at...)
            case .insert:
                let count = Int.random(in: 1...16, using: &random)
                bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            case .duplicate:
                let end = min(bytes.count, at + Int.random(in: 1...256, using: &random))
                let to = Int.random(in: 0...bytes.count, using: &random)
                bytes.insert(contentsOf: Array(bytes[at..<end]), at: to)
            case .overwrite:
                // The values that mean most to a parser: markers, lengths, limits.
                let value = [0x00, 0xFF, 0x7F, 0x80, 0xD9, 0xDA].randomElement(using: &random)!
                for index in at..<min(bytes.count, at + Int.random(in: 1...4, using: &random)) {
                    bytes[index] = UInt8(value)
                }
            case .remove:
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            }
        }
        return bytes
    }
}

/// SplitMix64: a small seeded generator, so a failing mutation can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
