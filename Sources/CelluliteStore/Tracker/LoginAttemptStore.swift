import Foundation

/// Failed log-ins, counted per key ("account:<email>", "address:<ip>") in the database, so the
/// limit holds across several app servers sharing it.
public protocol LoginAttemptStore: Sendable {
    func recordFailedLogin(keys: [String], at time: Date) async throws
    /// The times of the key's failures at or after `since`, oldest first.
    func failedLogins(key: String, since: Date) async throws -> [Date]
    /// Forgets the key's failures (after a successful log-in).
    func clearFailedLogins(key: String) async throws
    /// Deletes failures older than `before`; how many.
    func purgeFailedLogins(before: Date) async throws -> Int
}
