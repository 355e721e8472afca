import NIOConcurrencyHelpers
import NIOCore

/// The server's open connections, at most `limit` of them. When a new one arrives at the limit,
/// the one that has waited longest without sending a whole request head makes room for it, so
/// idle or slow sockets cannot hold the server against newcomers; only when every connection is
/// busy with a request is the newcomer turned away. Shared by every event loop.
final class OpenConnections: Sendable {
    struct Full: Error {}

    private struct Entry {
        let channel: any Channel
        /// Since when it has been waiting for a request head; nil while a request is under way.
        var waitingSince: NIODeadline?
    }

    let limit: Int
    private let entries = NIOLockedValueBox<[ObjectIdentifier: Entry]>([:])

    init(limit: Int) {
        self.limit = limit
    }

    /// True when `channel` may stay open; it then counts until it closes.
    func admit(_ channel: any Channel) -> Bool {
        let id = ObjectIdentifier(channel)
        var evicted: (any Channel)?
        let admitted = entries.withLockedValue { entries -> Bool in
            if entries.count >= limit {
                let waiting = entries.compactMap { key, entry in entry.waitingSince.map { (key, $0) } }
                guard let oldest = waiting.min(by: { $0.1 < $1.1 }) else { return false }
                evicted = entries.removeValue(forKey: oldest.0)?.channel
            }
            entries[id] = Entry(channel: channel, waitingSince: .now())
            return true
        }
        evicted?.close(promise: nil)
        if admitted {
            channel.closeFuture.whenComplete { _ in
                _ = self.entries.withLockedValue { $0.removeValue(forKey: id) }
            }
        }
        return admitted
    }

    /// Told by `RequestTimeouts` when a connection starts or stops waiting for a request head.
    func setWaiting(_ channel: any Channel, _ waiting: Bool) {
        let id = ObjectIdentifier(channel)
        entries.withLockedValue { entries in
            guard entries[id] != nil else { return }
            if !waiting {
                entries[id]?.waitingSince = nil
            } else if entries[id]?.waitingSince == nil {
                entries[id]?.waitingSince = .now()
            }
        }
    }
}
