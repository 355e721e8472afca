import CelluliteKit
import CelluliteStore
import Foundation
import Testing

/// The store contract, part one: accounts, tokens and failed log-ins.
@Suite struct TrackerStoreContractAccountTests {
    typealias Fixture = ContractFixture

    // MARK: Accounts

    @Test(arguments: TrackerBackend.available)
    func anAccountReadsBackByIDAndByEmail(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try Fixture.account("  Ana.Lopez@Example.ORG ")
            try await store.create(account)

            #expect(try await store.account(id: account.account.id) == account)
            #expect(try await store.account(email: try Email("ana.lopez@example.org")) == account)
            #expect(try await store.account(id: Account.ID(UUID())) == nil)
            #expect(try await store.account(email: try Email("someone.else@example.org")) == nil)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func aSecondAccountWithTheSameEmailIsRefused(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let first = try Fixture.account("ana@example.org")
            try await store.create(first)
            // Another id, the same address written differently: normalised, it is the same email.
            let second = try Fixture.account("ANA@example.org")

            await #expect(throws: StoreError.emailTaken) { try await store.create(second) }
            #expect(try await store.account(id: second.account.id) == nil)
            #expect(try await store.account(email: first.account.email) == first)
        }
    }

    /// Both requests pass any check made before writing; only the unique email lets one win.
    @Test(arguments: TrackerBackend.available)
    func ofConcurrentSignUpsWithOneEmailExactlyOneWins(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let candidates = try (0..<6).map { _ in try Fixture.account("race@example.org") }
            let outcomes = await withTaskGroup(of: Result<Account.ID, any Error>.self) { group in
                for candidate in candidates {
                    group.addTask {
                        do {
                            try await store.create(candidate)
                            return .success(candidate.account.id)
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let winners = outcomes.compactMap { try? $0.get() }
            let refusals = outcomes.compactMap { outcome -> (any Error)? in
                if case .failure(let error) = outcome { return error }
                return nil
            }
            #expect(winners.count == 1)
            #expect(refusals.count == candidates.count - 1)
            #expect(refusals.allSatisfy { ($0 as? StoreError) == .emailTaken }, "\(refusals)")
            #expect(try await store.account(email: try Email("race@example.org"))?.account.id == winners.first)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func thePasswordHashIsReplacedForThatAccountOnly(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let ana = try Fixture.account("ana@example.org")
            let ben = try Fixture.account("ben@example.org")
            try await store.create(ana)
            try await store.create(ben)

            try await store.setPasswordHash("$2b$12$new-hash", of: ana.account.id)

            #expect(try await store.account(id: ana.account.id)?.passwordHash == "$2b$12$new-hash")
            #expect(try await store.account(email: ana.account.email)?.passwordHash == "$2b$12$new-hash")
            #expect(try await store.account(id: ana.account.id)?.account == ana.account)
            #expect(try await store.account(id: ben.account.id) == ben)
        }
    }

    // MARK: Tokens

    @Test(arguments: TrackerBackend.available)
    func aTokenSignsInUntilTheInstantItExpires(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let token = Fixture.token(of: account, expiresAt: Fixture.now + 3600.5)
            try await store.create(token)

            #expect(try await store.account(forTokenHash: token.hash, now: Fixture.now) == account)
            #expect(try await store.account(forTokenHash: token.hash, now: Fixture.now + 3600.25) == account)
            #expect(try await store.account(forTokenHash: token.hash, now: token.expiresAt) == nil)
            #expect(try await store.account(forTokenHash: token.hash, now: Fixture.now + 7200) == nil)
            // Only the whole hash matches.
            #expect(try await store.account(forTokenHash: String(token.hash.dropLast()), now: Fixture.now) == nil)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func aDeletedTokenSignsNobodyIn(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let deleted = Fixture.token(of: account)
            let kept = Fixture.token(of: account)
            try await store.create(deleted)
            try await store.create(kept)

            try await store.deleteToken(hash: deleted.hash)

            #expect(try await store.account(forTokenHash: deleted.hash, now: Fixture.now) == nil)
            #expect(try await store.account(forTokenHash: kept.hash, now: Fixture.now) == account)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func endingAnAccountsTokensKeepsTheOneNamedAndOtherAccounts(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let ana = try await Fixture.createAccount(in: store)
            let ben = try await Fixture.createAccount(in: store)
            let anaTokens = (0..<3).map { _ in Fixture.token(of: ana) }
            let benToken = Fixture.token(of: ben)
            for token in anaTokens + [benToken] { try await store.create(token) }

            try await store.deleteTokens(of: ana, keeping: anaTokens[1].hash)

            #expect(try await store.account(forTokenHash: anaTokens[0].hash, now: Fixture.now) == nil)
            #expect(try await store.account(forTokenHash: anaTokens[1].hash, now: Fixture.now) == ana)
            #expect(try await store.account(forTokenHash: anaTokens[2].hash, now: Fixture.now) == nil)
            #expect(try await store.account(forTokenHash: benToken.hash, now: Fixture.now) == ben)

            try await store.deleteTokens(of: ana, keeping: nil)

            #expect(try await store.account(forTokenHash: anaTokens[1].hash, now: Fixture.now) == nil)
            #expect(try await store.account(forTokenHash: benToken.hash, now: Fixture.now) == ben)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func thePurgeDeletesAndCountsOnlyExpiredTokens(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let expiredEarlier = Fixture.token(of: account, expiresAt: Fixture.now - 10)
            let expiringNow = Fixture.token(of: account, expiresAt: Fixture.now)
            let valid = Fixture.token(of: account, expiresAt: Fixture.now + 0.5)
            for token in [expiredEarlier, expiringNow, valid] { try await store.create(token) }

            #expect(try await store.purgeExpiredTokens(now: Fixture.now) == 2)
            #expect(try await store.purgeExpiredTokens(now: Fixture.now) == 0)
            #expect(try await store.account(forTokenHash: valid.hash, now: Fixture.now) == account)
            // Gone, not merely expired: a clock set back does not bring them back.
            #expect(try await store.account(forTokenHash: expiredEarlier.hash, now: Fixture.now - 3600) == nil)
            #expect(try await store.account(forTokenHash: expiringNow.hash, now: Fixture.now - 3600) == nil)
        }
    }

    // MARK: Failed log-ins

    @Test(arguments: TrackerBackend.available)
    func failuresOfAKeyAreReadFromTheWindowsStartOldestFirst(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let keys = ["account:ana@example.org", "address:192.0.2.7"]
            for offset in [20.0, 0, 10.5] { try await store.recordFailedLogin(keys: keys, at: Fixture.now + offset) }

            for key in keys {
                #expect(
                    try await store.failedLogins(key: key, since: Fixture.now + 10.5) == [
                        Fixture.now + 10.5, Fixture.now + 20,
                    ])
                #expect(
                    try await store.failedLogins(key: key, since: .distantPast) == [
                        Fixture.now, Fixture.now + 10.5, Fixture.now + 20,
                    ])
                #expect(try await store.failedLogins(key: key, since: Fixture.now + 21) == [])
            }
            #expect(try await store.failedLogins(key: "address:192.0.2.8", since: .distantPast) == [])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func clearingAKeyForgetsThatKeyOnly(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            try await store.recordFailedLogin(keys: ["account:ana@example.org", "address:192.0.2.7"], at: Fixture.now)

            try await store.clearFailedLogins(key: "account:ana@example.org")

            #expect(try await store.failedLogins(key: "account:ana@example.org", since: .distantPast) == [])
            #expect(try await store.failedLogins(key: "address:192.0.2.7", since: .distantPast) == [Fixture.now])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func thePurgeDeletesAndCountsFailuresOlderThanTheCutOff(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            try await store.recordFailedLogin(keys: ["a", "b"], at: Fixture.now - 20)
            try await store.recordFailedLogin(keys: ["a"], at: Fixture.now - 0.5)
            try await store.recordFailedLogin(keys: ["b"], at: Fixture.now)

            #expect(try await store.purgeFailedLogins(before: Fixture.now) == 3)
            #expect(try await store.purgeFailedLogins(before: Fixture.now) == 0)
            #expect(try await store.failedLogins(key: "a", since: .distantPast) == [])
            #expect(try await store.failedLogins(key: "b", since: .distantPast) == [Fixture.now])
        }
    }
}
