import CelluliteKit
import CelluliteStore
import Foundation

/// Failed log-ins limited per account and per address over a sliding window. The counts live in
/// the database, so several app servers sharing it enforce one limit.
struct LoginThrottle: Sendable {
    var window: TimeInterval = 15 * 60
    var perAccount = 5
    /// Higher: one address can be a whole office behind a NAT.
    var perAddress = 20

    static func accountKey(_ email: Email) -> String { "account:\(email.address)" }
    static func addressKey(_ address: String) -> String { "address:\(address)" }

    /// Throws `rateLimited` when either key is at its limit, with the seconds until the oldest
    /// failure that counts leaves the window.
    func check(_ keys: [(key: String, limit: Int)], store: any LoginAttemptStore, now: Date) async throws {
        var wait: TimeInterval = 0
        for (key, limit) in keys {
            let failures = try await store.failedLogins(key: key, since: now - window)
            if failures.count >= limit {
                wait = max(wait, failures[failures.count - limit].addingTimeInterval(window).timeIntervalSince(now))
            }
        }
        if wait > 0 { throw AccountError.rateLimited(retryAfter: max(1, Int(wait.rounded(.up)))) }
    }

    func keys(email: Email, address: String?) -> [(key: String, limit: Int)] {
        [(Self.accountKey(email), perAccount)] + (address.map { [(Self.addressKey($0), perAddress)] } ?? [])
    }
}
