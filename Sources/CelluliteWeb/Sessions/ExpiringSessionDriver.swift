import CelluliteStore
import Foundation
import Vapor

/// Vapor sessions kept in a `SessionStore` with an expiry: each use moves it `lifetime` ahead, an
/// expired session reads as none, and an empty one is never written, so a stray or forged cookie
/// cannot make the server store anything.
struct ExpiringSessionDriver: SessionDriver {
    let store: any SessionStore
    let lifetime: Duration
    let clock: any WallClock

    private var expiry: Date { clock.now().addingTimeInterval(lifetime.timeInterval) }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = SessionID(string: Self.newKey())
        guard !data.snapshot.isEmpty else { return request.eventLoop.makeSucceededFuture(id) }
        return request.eventLoop.makeFutureWithTask { [store, expiry] in
            try await store.create(key: id.string, data: data.snapshot, expiresAt: expiry)
            return id
        }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask { [store, clock] in
            try await store.read(key: sessionID.string, now: clock.now()).map { SessionData(initialData: $0) }
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID>
    {
        request.eventLoop.makeFutureWithTask { [store, expiry] in
            try await store.update(key: sessionID.string, data: data.snapshot, expiresAt: expiry)
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
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode(Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
    }
}
