import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The whole app on PostgreSQL, as `DATABASE_URL` selects it: migrations run at start-up, the
/// skin check writes nothing, and sessions expire and are purged there. Runs when
/// CELLULITE_TEST_POSTGRES_WEB_URL is set (scripts/test sets it; a database of its own, so it
/// never races the store's migration tests).
@Suite struct PostgresAppTests {
    static let url = ProcessInfo.processInfo.environment["CELLULITE_TEST_POSTGRES_WEB_URL"]

    @Test(.enabled(if: url != nil, "set CELLULITE_TEST_POSTGRES_WEB_URL to test the app on PostgreSQL"))
    func theSkinCheckWritesNothingAndSessionsExpireInPostgreSQL() async throws {
        let clock = ManualWallClock()
        let settings = WebSettings(database: try DatabaseSettings(databaseURL: Self.url))
        try await withTestApp(settings: settings, clock: clock) { app in
            #expect(app.databases.ids().contains(.psql))
            let store = FluentSessionStore { app.db }
            _ = try await store.purgeExpired(now: .distantFuture)  // rows of an earlier run

            // The skin check runs on GETs alone: it starts no session and stores nothing.
            try await app.testing().test(.GET, "/assess?from=choose&go=next&scale=self-rating") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("name=\"level\""))
                #expect(response.headers.setCookie == nil)
            }
            #expect(try await store.count() == 0)

            try await store.create(key: "k", data: ["a": "b"], expiresAt: clock.now() + 60)
            #expect(try await store.read(key: "k", now: clock.now()) == ["a": "b"])
            #expect(try await store.read(key: "k", now: clock.now() + 61) == nil)
            #expect(try await store.purgeExpired(now: clock.now() + 61) == 1)
            #expect(try await store.count() == 0)
        }
    }
}
