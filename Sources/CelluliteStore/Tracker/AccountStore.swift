import CelluliteKit
import Foundation

/// An account as stored: the password only as its bcrypt hash.
public struct StoredAccount: Sendable, Hashable {
    public var account: Account
    public var passwordHash: String

    public init(account: Account, passwordHash: String) {
        self.account = account
        self.passwordHash = passwordHash
    }
}

/// Why a store refused a change. Reads and writes that fail for other reasons (the database is
/// down) throw the driver's error, which the web layer answers with a 500.
public enum StoreError: Error, Sendable, Hashable {
    /// Another account already has this email.
    case emailTaken
}

/// Accounts. Every other store's rows belong to one account and go when it goes.
public protocol AccountStore: Sendable {
    /// Adds the account; throws `StoreError.emailTaken` when its email is used already.
    func create(_ account: StoredAccount) async throws
    func account(id: Account.ID) async throws -> StoredAccount?
    func account(email: Email) async throws -> StoredAccount?
    func setPasswordHash(_ hash: String, of id: Account.ID) async throws
    /// Removes the account and every row that belongs to it: tokens, profile,
    /// routine, check-ins, photos and their images, comparisons.
    func delete(_ id: Account.ID) async throws
}
