import CelluliteStore
import Foundation
import Vapor

/// Vapor sessions kept in a `SessionStore` with an expiry: use moves it `lifetime` ahead, an
/// expired session reads as none, and an empty one is never written, so a stray or forged cookie
/// cannot make the server store anything.
///
/// Vapor saves the session after every request that touched it. Rewriting an unchanged session
/// only to move its expiry cost a database write per page view, so that write waits until the
/// last one is `renewalInterval` old: a session then lasts between `lifetime − renewalInterval`
/// and `lifetime` after its last use.
struct ExpiringSessionDriver: SessionDriver {
    let store: any SessionStore
    let lifetime: Duration
    let clock: any WallClock

    /// A twenty-fourth of the lifetime: one hour of a day.
    var renewalInterval: TimeInterval { lifetime.timeInterval / 24 }

    /// When the session was last written, kept in its data under a name no page uses.
    static let renewedKey = "_renewed"

    private func stamped(_ data: SessionData, at now: Date) -> [String: String] {
        data.snapshot.merging([Self.renewedKey: String(Int(now.timeIntervalSince1970))]) { _, new in new }
    }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = SessionID(string: Self.newKey())
        guard !data.snapshot.isEmpty else { return request.eventLoop.makeSucceededFuture(id) }
        let now = clock.now()
        return request.eventLoop.makeFutureWithTask { [store, lifetime] in
            try await store.create(
                key: id.string, data: stamped(data, at: now), expiresAt: now.addingTimeInterval(lifetime.timeInterval))
            return id
        }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask { [store, clock] in
            guard var data = try await store.read(key: sessionID.string, now: clock.now()) else { return nil }
            let renewed = data.removeValue(forKey: Self.renewedKey).flatMap(TimeInterval.init).map(
                Date.init(timeIntervalSince1970:))
            request.storage[SessionAsReadKey.self] = SessionAsRead(data: data, renewedAt: renewed ?? .distantPast)
            return SessionData(initialData: data)
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID>
    {
        let now = clock.now()
        if let read = request.storage[SessionAsReadKey.self], read.data == data.snapshot,
            now.timeIntervalSince(read.renewedAt) < renewalInterval
        {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        return request.eventLoop.makeFutureWithTask { [store, lifetime] in
            try await store.update(
                key: sessionID.string, data: stamped(data, at: now),
                expiresAt: now.addingTimeInterval(lifetime.timeInterval))
            return sessionID
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.eventLoop.makeFutureWithTask { [store] in
            try await store.delete(key: sessionID.string)
        }
    }

    /// 32 random bytes, base64url.
    static func newKey() -> String {
        Base64URL.encode(SecureRandom.bytes(32))
    }
}

/// A session's data as read at the start of the request, and when it was last written.
private struct SessionAsRead: Sendable {
    let data: [String: String]
    let renewedAt: Date
}

private struct SessionAsReadKey: StorageKey {
    typealias Value = SessionAsRead
}
