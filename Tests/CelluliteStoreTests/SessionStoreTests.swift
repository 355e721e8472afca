import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Testing

/// `FluentSessionStore` on each database driver: what Vapor's session driver relies on.
@Suite struct SessionStoreTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test(arguments: TrackerBackend.availableDatabases)
    func aSessionReadsBackUntilItExpiresAndAnUpdateReplacesItsDataAndExpiry(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentSessionStore { database }
            let now = Self.now
            try await store.create(key: "a", data: ["csrfToken": "one"], expiresAt: now + 60)
            #expect(try await store.read(key: "a", now: now + 59) == ["csrfToken": "one"])
            #expect(try await store.read(key: "a", now: now + 60) == nil)
            #expect(try await store.read(key: "b", now: now) == nil)

            try await store.update(key: "a", data: ["csrfToken": "two", "x": "y"], expiresAt: now + 120)
            #expect(try await store.read(key: "a", now: now + 119) == ["csrfToken": "two", "x": "y"])
            #expect(try await store.count() == 1)

            // A session purged while a request held it comes back on that request's update.
            try await store.update(key: "b", data: [:], expiresAt: now + 60)
            #expect(try await store.read(key: "b", now: now) == [:])
            #expect(try await store.count() == 2)

            try await store.delete(key: "a")
            #expect(try await store.read(key: "a", now: now) == nil)
            #expect(try await store.count() == 1)
        }
    }

    @Test(arguments: TrackerBackend.availableDatabases)
    func thePurgeDeletesAndCountsExpiredSessionsAndOnesWithNoExpiry(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentSessionStore { database }
            let now = Self.now
            try await store.create(key: "expired", data: [:], expiresAt: now)
            try await store.create(key: "live", data: ["k": "v"], expiresAt: now + 1)
            // A row from before sessions expired.
            try await (database as! any SQLDatabase).raw(
                """
                INSERT INTO _fluent_sessions (id, key, data) VALUES (\(bind: UUID()), 'old', \(bind: ["k": "v"]))
                """
            ).run()
            #expect(try await store.count() == 3)

            #expect(try await store.purgeExpired(now: now) == 2)
            #expect(try await store.count() == 1)
            #expect(try await store.read(key: "live", now: now) == ["k": "v"])
        }
    }
}
