import CelluliteStore
import CelluliteWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The whole app on PostgreSQL, as `DATABASE_URL` selects it: migrations run at start-up and the
/// skin check writes no session. Runs when CELLULITE_TEST_POSTGRES_WEB_URL is set
/// (scripts/test sets it; a database of its own, so it never races the store's migration tests).
@Suite struct PostgresAppTests {
    static let url = ProcessInfo.processInfo.environment["CELLULITE_TEST_POSTGRES_WEB_URL"]

    @Test(.enabled(if: url != nil, "set CELLULITE_TEST_POSTGRES_WEB_URL to test the app on PostgreSQL"))
    func theAppRunsOnPostgreSQLAndTheSkinCheckStoresNothing() async throws {
        let settings = WebSettings(database: try DatabaseSettings(databaseURL: Self.url))
        try await withTestApp(settings: settings) { app in
            #expect(app.databases.ids().contains(.psql))
            // The skin check runs on GETs alone: it starts no session and stores nothing.
            try await app.testing().test(.GET, "/assess?from=choose&go=next&scale=self-rating") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("name=\"level\""))
                #expect(response.headers.setCookie == nil)
            }
            try await app.testing().test(
                .POST, "/api/plan", beforeRequest: { $0.json(#"{"age": 32, "daysUntilEvent": 2}"#) }
            ) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
