import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// Signing up and logging in, the same for the API and the pages: bcrypt off the event loop, one
/// refusal for an unknown email and a wrong password (with the same bcrypt work), and the
/// failed-log-in limits.
extension AccountServices {
    /// A new account; throws `AccountError.emailTaken` when the email has one.
    func signUp(email: Email, password: String, on request: Request) async throws -> StoredAccount {
        let hash = try await request.offload { [hasher] in try hasher.hash(password) }
        let account = StoredAccount(
            account: Account(id: ids.next(), email: email, createdAt: clock.now()), passwordHash: hash)
        do {
            try await store.create(account)
        } catch StoreError.emailTaken {
            throw AccountError.emailTaken
        }
        return account
    }

    /// The account whose password this is; throws `rateLimited` before checking when either limit
    /// is reached, and `unauthorized` (after counting the failure) when it is not a match.
    func logIn(email: Email, password: String, on request: Request) async throws -> StoredAccount {
        let now = clock.now()
        let keys = throttle.keys(email: email, address: request.remoteAddress?.ipAddress)
        try await throttle.check(keys, store: store, now: now)
        let stored = try await store.account(email: email)
        let matches = try await request.offload { [hasher] in
            try hasher.verify(password, against: stored?.passwordHash ?? hasher.dummyHash)
        }
        guard let stored, matches else {
            try await store.recordFailedLogin(keys: keys.map(\.key), at: now)
            throw AccountError.unauthorized
        }
        try await store.clearFailedLogins(key: LoginThrottle.accountKey(email))
        return stored
    }

    /// Throws `AccountError.wrongPassword` unless `password` is the account's (changing the
    /// password and deleting the account ask for it again).
    func confirm(_ password: String, of account: StoredAccount, on request: Request) async throws {
        let matches = try await request.offload { [hasher] in try hasher.verify(password, against: account.passwordHash)
        }
        guard matches else { throw AccountError.wrongPassword }
    }

    /// Stores the hash of `new` (already checked against the policy) and ends every token but
    /// `keepingToken`. Page sessions end by themselves: they hold a fingerprint of the old hash.
    func changePassword(of account: StoredAccount, to new: String, keepingToken: String?, on request: Request)
        async throws -> StoredAccount
    {
        let hash = try await request.offload { [hasher] in try hasher.hash(new) }
        try await store.setPasswordHash(hash, of: account.account.id)
        try await store.deleteTokens(of: account.account.id, keeping: keepingToken)
        return StoredAccount(account: account.account, passwordHash: hash)
    }
}
