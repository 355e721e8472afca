import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Fluent
import FluentSQLiteDriver
import Foundation
import Testing
import Vapor
import VaporTesting

/// No anonymous request writes to the database (security review D3), and the sessions that are
/// written (by signed-in people, later) expire and are purged by the server itself.
@Suite struct SessionTests {
    /// Rows in every table but the migration log: what requests could have written.
    static func storedRows(_ app: Application) async throws -> Int {
        let sql = try #require(app.db as? any SQLDatabase)
        let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
            .map { try $0.decode(column: "name", as: String.self) }
            .filter { $0 != "_fluent_migrations" && !$0.hasPrefix("sqlite_") }
        #expect(tables.contains(CreateSessions.schema))
        var total = 0
        for table in tables {
            total +=
                try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?
                .decode(column: "n", as: Int.self) ?? 0
        }
        return total
    }

    /// A route that keeps something in the session, as signing in will.
    static func addSessionRoute(_ app: Application) {
        app.get("session-test", ":value") { request in
            request.session.data["value"] = request.parameters.get("value")
            return "stored"
        }
        app.get("session-test") { request in request.session.data["value"] ?? "none" }
    }

    @Test func visitorsWriteNothingThroughTheWholeWizardAndEveryPage() async throws {
        try await withTestApp { app in
            // The skin check is GETs that carry their answers: the whole check stores nothing.
            try await app.testing().test(.HEAD, "/assess") { #expect($0.status == .ok) }
            for step in [
                "/assess?from=choose&go=next&scale=self-rating", "/assess?from=level&go=next&scale=self-rating&level=2",
                "/assess/result?scale=self-rating&level=2",
            ] {
                try await app.testing().test(.GET, step) { response in
                    #expect([.ok, .seeOther].contains(response.status), "\(step)")
                    #expect(response.headers.setCookie == nil, "\(step)")
                }
            }
            for (path, _) in PageTests.pages {
                try await app.testing().test(.GET, path) { #expect($0.status == .ok, "\(path)") }
            }
            // A made-up session cookie reads nothing and must not make the server store one.
            try await app.testing().test(
                .GET, "/assess", beforeRequest: { $0.headers.cookie = ["cellulite-session": "made-up"] }
            ) { response in
                #expect(response.status == .ok)
            }
            #expect(try await Self.storedRows(app) == 0)
        }
    }

    @Test func aSessionLastsItsLifetimeFromItsLastUseThenReadsAsNone() async throws {
        let clock = ManualWallClock()
        let lifetime = WebSettings.testing.security.sessionLifetime.inSeconds
        try await withTestApp(settings: .testing, clock: clock) { app in
            Self.addSessionRoute(app)
            var session: HTTPCookies.Value?
            try await app.testing().test(.GET, "/session-test/kept") { response in
                #expect(response.body.string == "stored")
                session = response.headers.setCookie?["cellulite-session"]
            }
            let cookie = try #require(session)
            #expect(cookie.maxAge == Int(lifetime))
            func read() async throws -> String {
                var value = ""
                try await app.testing().test(
                    .GET, "/session-test", beforeRequest: { $0.headers.cookie = ["cellulite-session": cookie] }
                ) { value = $0.body.string }
                return value
            }
            clock.advance(by: lifetime - 60)
            #expect(try await read() == "kept")  // and this use moves the expiry on
            clock.advance(by: lifetime - 60)
            #expect(try await read() == "kept")
            clock.advance(by: lifetime + 1)
            #expect(try await read() == "none")
        }
    }

    /// An unchanged session is written again only once its last write is an hour (a 24th of its
    /// lifetime) old: a use within the hour moves nothing, a later one moves the expiry on.
    @Test func anUnchangedSessionIsRenewedAtMostHourly() async throws {
        let clock = ManualWallClock()
        let lifetime = WebSettings.testing.security.sessionLifetime.inSeconds
        let hour = lifetime / 24
        try await withTestApp(settings: .testing, clock: clock) { app in
            Self.addSessionRoute(app)
            func start() async throws -> HTTPCookies.Value {
                var session: HTTPCookies.Value?
                try await app.testing().test(.GET, "/session-test/kept") {
                    session = $0.headers.setCookie?["cellulite-session"]
                }
                return try #require(session)
            }
            func read(_ cookie: HTTPCookies.Value) async throws -> String {
                var value = ""
                try await app.testing().test(
                    .GET, "/session-test", beforeRequest: { $0.headers.cookie = ["cellulite-session": cookie] }
                ) { value = $0.body.string }
                return value
            }
            let early = try await start()
            clock.advance(by: hour / 2)
            #expect(try await read(early) == "kept")  // not written: the expiry stays where it was
            clock.advance(by: lifetime - hour / 2 + 1)
            #expect(try await read(early) == "none")

            let late = try await start()
            clock.advance(by: hour + 1)
            #expect(try await read(late) == "kept")  // written: the expiry moves an hour on
            clock.advance(by: lifetime - hour)
            #expect(try await read(late) == "kept")
        }
    }

    /// The API never reads the session cookie (ARCHITECTURE 3.6): no lookup, no refresh.
    @Test func theAPIIgnoresTheSessionCookie() async throws {
        try await withTestApp { app in
            Self.addSessionRoute(app)
            var session: HTTPCookies.Value?
            try await app.testing().test(.GET, "/session-test/kept") {
                session = $0.headers.setCookie?["cellulite-session"]
            }
            let cookie = try #require(session)
            try await app.testing().test(
                .GET, "/session-test", beforeRequest: { $0.headers.cookie = ["cellulite-session": cookie] }
            ) { response in
                #expect(response.body.string == "kept")
                #expect(response.headers.setCookie?["cellulite-session"] != nil)
            }
            try await app.testing().test(
                .GET, "/api/treatments", beforeRequest: { $0.headers.cookie = ["cellulite-session": cookie] }
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers.setCookie == nil)
            }
        }
    }

    @Test func thePurgeDeletesExpiredSessionsOnly() async throws {
        let clock = ManualWallClock()
        try await withTestApp(settings: .testing, clock: clock) { app in
            Self.addSessionRoute(app)
            try await app.testing().test(.GET, "/session-test/old") { #expect($0.status == .ok) }
            clock.advance(by: 3600)
            try await app.testing().test(.GET, "/session-test/new") { #expect($0.status == .ok) }
            let store = FluentSessionStore { app.db }
            #expect(try await store.count() == 2)
            clock.advance(by: WebSettings.testing.security.sessionLifetime.inSeconds - 1800)
            #expect(try await store.purgeExpired(now: clock.now()) == 1)
            #expect(try await store.count() == 1)
        }
    }

    /// The server runs the purge by itself, on its interval, from the moment the app boots.
    @Test(.timeLimit(.minutes(1))) func theServerPurgesOnASchedule() async throws {
        let clock = ManualWallClock()
        var settings = WebSettings.testing
        settings.security.purgeInterval = .milliseconds(100)
        try await withTestApp(settings: settings, clock: clock) { app in
            Self.addSessionRoute(app)
            try await app.testing().test(.GET, "/session-test/soon-gone") { #expect($0.status == .ok) }
            let store = FluentSessionStore { app.db }
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await store.count() == 1, "nothing has expired yet")
            clock.advance(by: settings.security.sessionLifetime.inSeconds + 1)
            let deadline = ContinuousClock.now + .seconds(10)
            while try await store.count() > 0, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(try await store.count() == 0)
        }
    }
}
