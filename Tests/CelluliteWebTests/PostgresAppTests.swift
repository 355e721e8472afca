import CelluliteStore
import CelluliteWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The whole app on PostgreSQL, as `DATABASE_URL` selects it: migrations run at start-up and the
/// form sessions (CSRF tokens) live in PostgreSQL. Runs when CELLULITE_TEST_POSTGRES_WEB_URL is set
/// (scripts/test sets it; a database of its own, so it never races the store's migration tests).
@Suite struct PostgresAppTests {
    static let url = ProcessInfo.processInfo.environment["CELLULITE_TEST_POSTGRES_WEB_URL"]

    @Test(.enabled(if: url != nil, "set CELLULITE_TEST_POSTGRES_WEB_URL to test the app on PostgreSQL"))
    func formSessionsLiveInPostgreSQL() async throws {
        let settings = WebSettings(database: try DatabaseSettings(databaseURL: Self.url))
        try await withTestApp(settings: settings) { app in
            #expect(app.databases.ids().contains(.psql))
            let (session, token) = try await openFormSession(app)
            let stored = try await SessionRecord.query(on: app.db).filter(\.$key == SessionID(string: session.string))
                .first()
            #expect(stored?.data["csrfToken"] == token)

            try await app.testing().test(
                .POST, "/assess",
                beforeRequest: { request in
                    request.headers.cookie = ["cellulite-session": session]
                    try request.content.encode(
                        ["step": "choose", "scale": "self-rating", "csrfToken": token], as: .urlEncodedForm)
                }
            ) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("name=\"level\""))
            }
            try await app.testing().test(
                .POST, "/api/plan", beforeRequest: { $0.json(#"{"age": 32, "daysUntilEvent": 2}"#) }
            ) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
