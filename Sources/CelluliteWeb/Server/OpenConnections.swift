import NIOConcurrencyHelpers
import NIOCore

/// Counts the server's open connections and turns away the one over the limit. Shared by every
/// event loop: connections close on the loop that owns them.
final class OpenConnections: Sendable {
    struct Full: Error {}

    let limit: Int
    private let count = NIOLockedValueBox(0)

    init(limit: Int) {
        self.limit = limit
    }

    var current: Int { count.withLockedValue { $0 } }

    /// True when `channel` may stay open; it is then counted until it closes.
    func admit(_ channel: any Channel) -> Bool {
        let admitted = count.withLockedValue { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
        if admitted {
            channel.closeFuture.whenComplete { _ in self.count.withLockedValue { $0 -= 1 } }
        }
        return admitted
    }
}
