import CelluliteKit
import Foundation

/// An API bearer token as stored: only its SHA-256 hash, so a copy of the database signs nobody in.
public struct StoredToken: Sendable, Hashable {
    /// Lowercase hex SHA-256 of the token.
    public var hash: String
    public var account: Account.ID
    public var createdAt: Date
    public var expiresAt: Date

    public init(hash: String, account: Account.ID, createdAt: Date, expiresAt: Date) {
        self.hash = hash
        self.account = account
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

public protocol TokenStore: Sendable {
    func create(_ token: StoredToken) async throws
    /// The account of the token with this hash, when it has not expired at `now`.
    func account(forTokenHash hash: String, now: Date) async throws -> Account.ID?
    func deleteToken(hash: String) async throws
    /// Ends every token of the account except the one with hash `keeping`, when given.
    func deleteTokens(of account: Account.ID, keeping: String?) async throws
    /// Deletes every token expired at `now`; how many.
    func purgeExpiredTokens(now: Date) async throws -> Int
}
