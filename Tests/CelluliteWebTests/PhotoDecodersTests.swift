import Foundation
import NIOConcurrencyHelpers
import Testing

@testable import CelluliteWeb

/// A burst of uploads must not decode more than two photos at once: each decode holds a full
/// image in memory. The decoders' pool is what enforces it.
@Suite struct PhotoDecodersTests {
    @Test func noMoreThanTwoDecodesRunAtOnce() async throws {
        let decoders = PhotoDecoders()
        let running = NIOLockedValueBox((now: 0, most: 0))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await decoders.run {
                        running.withLockedValue {
                            $0.now += 1; $0.most = max($0.most, $0.now)
                        }
                        Thread.sleep(forTimeInterval: 0.05)
                        running.withLockedValue { $0.now -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(running.withLockedValue { $0.most } == PhotoDecoders.threads)
        #expect(PhotoDecoders.threads == 2)
        try await decoders.shutdown()
    }
}
