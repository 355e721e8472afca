import Foundation

/// Where new ids come from. The domain never makes randomness itself: the composition root
/// passes `IDGenerator { UUID() }`, tests pass `.seeded(_:)` so every run makes the same ids.
public struct IDGenerator: Sendable {
    private let makeUUID: @Sendable () -> UUID

    public init(_ makeUUID: @escaping @Sendable () -> UUID) {
        self.makeUUID = makeUUID
    }

    /// A new id of the kind the context asks for: `let id: CheckIn.ID = ids.next()`.
    public func next<Tag>(_ tag: Tag.Type = Tag.self) -> TypedID<Tag> {
        TypedID(makeUUID())
    }

    /// Version-4 UUIDs from SplitMix64 seeded with `seed`: the same sequence on every run.
    /// Safe to share between tasks: the generator state sits behind a lock.
    public static func seeded(_ seed: UInt64) -> IDGenerator {
        let state = SeededState(SplitMix64(seed: seed))
        return IDGenerator { state.withGenerator { UUID(version4From: &$0) } }
    }
}

extension UUID {
    /// A random (version 4, RFC 9562 variant) UUID whose 122 random bits come from `generator`.
    public init(version4From generator: inout some RandomNumberGenerator) {
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let word = generator.next()
            for index in 0..<8 { bytes[half * 8 + index] = UInt8(truncatingIfNeeded: word >> (index * 8)) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // variant 10xx
        self.init(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}

/// A SplitMix64 behind a lock, so a seeded `IDGenerator` stays `Sendable`. (`Mutex` would need
/// macOS 15; the package supports macOS 14.)
private final class SeededState: @unchecked Sendable {
    private let lock = NSLock()
    private var generator: SplitMix64

    init(_ generator: SplitMix64) { self.generator = generator }

    func withGenerator<T>(_ body: (inout SplitMix64) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&generator)
    }
}
