import Foundation

/// Where server-side sessions live. Handlers never see it: Vapor's session middleware reaches it
/// through the web layer's driver, and the purge deletes what has expired.
public protocol SessionStore: Sendable {
    func create(key: String, data: [String: String], expiresAt: Date) async throws
    /// The data of a session that has not expired at `now`; nil otherwise.
    func read(key: String, now: Date) async throws -> [String: String]?
    func update(key: String, data: [String: String], expiresAt: Date) async throws
    func delete(key: String) async throws
    /// Deletes every session expired at `now` (and any from before expiry was recorded); how many.
    func purgeExpired(now: Date) async throws -> Int
    func count() async throws -> Int
}

/// The app's databases are gone: it is shutting down; nothing was done.
public struct SessionStoreClosed: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "the session store's database is closed" }
}
