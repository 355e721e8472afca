import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every form POST outside /api must carry a token that matches its CSRF cookie, is signed by this
/// server and has not expired; none of it is stored on the server.
@Suite struct CSRFTests {
    /// A form page and its handler, added after configure like any page route.
    static func addTestForm(_ app: Application) {
        app.get("csrf-test") { request in request.csrfToken() }
        app.post("csrf-test") { _ in "accepted" }
    }

    /// Opens the test form: the token it hands out and the cookie that came with it.
    static func openTestForm(_ app: Application) async throws -> (token: String, cookie: HTTPCookies.Value) {
        var token = ""
        var cookie: HTTPCookies.Value?
        try await app.testing().test(.GET, "/csrf-test") { response in
            #expect(response.status == .ok)
            token = response.body.string
            cookie = response.headers.setCookie?[CSRF.cookieName]
        }
        return (token, try #require(cookie))
    }

    static func post(
        _ app: Application, cookie: String?, field: String?, header: String? = nil,
        afterResponse: (TestingHTTPResponse) async throws -> Void
    ) async throws {
        try await app.testing().test(
            .POST, "/csrf-test",
            beforeRequest: { request in
                if let cookie { request.headers.cookie = [CSRF.cookieName: HTTPCookies.Value(string: cookie)] }
                if let header { request.headers.replaceOrAdd(name: CSRF.headerName, value: header) }
                try request.content.encode(field.map { [CSRF.fieldName: $0] } ?? ["name": "x"], as: .urlEncodedForm)
            }, afterResponse: afterResponse)
    }

    @Test func aFormPostWithoutATokenIsRejected() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            try await Self.post(app, cookie: nil, field: nil) { response in
                #expect(response.status == .forbidden)
                #expect(response.contentType.hasPrefix("text/html"))
                #expect(response.body.string.contains("This form has expired"))
            }
        }
    }

    @Test func theCookieIsHttpOnlyStrictAndTheTokenIsAcceptedWhileAWrongOneIsNot() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            let (token, cookie) = try await Self.openTestForm(app)
            #expect(cookie.string == token)
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .strict)
            #expect(token.count >= 40)

            for (given, expected) in [(token, HTTPStatus.ok), ("forged", .forbidden), ("", .forbidden)] {
                try await Self.post(app, cookie: token, field: given) { response in
                    #expect(response.status == expected, "token \(given.prefix(8))")
                }
            }
            // Scripts may send the token as a header instead.
            try await Self.post(app, cookie: token, field: nil, header: token) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// The double submit: the form's token alone, or the cookie alone, is not enough.
    @Test func aTokenWithoutItsCookieOrACookieWithoutItsTokenIsRejected() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            let (token, _) = try await Self.openTestForm(app)
            let (other, _) = try await Self.openTestForm(app)
            #expect(token != other)
            try await Self.post(app, cookie: nil, field: token) { #expect($0.status == .forbidden) }
            try await Self.post(app, cookie: token, field: nil) { #expect($0.status == .forbidden) }
            try await Self.post(app, cookie: other, field: token) { #expect($0.status == .forbidden) }
        }
    }

    /// An attacker who can plant a cookie still cannot make up a pair: it must be signed here.
    @Test func aMatchingPairThisServerDidNotSignIsRejected() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            let (token, _) = try await Self.openTestForm(app)
            var bytes = Array(token.utf8)
            bytes[bytes.count / 2] = bytes[bytes.count / 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            let altered = String(decoding: bytes, as: UTF8.self)
            try await Self.post(app, cookie: altered, field: altered) { #expect($0.status == .forbidden) }
        }
        // Another server key signs other tokens.
        var token = ""
        try await withTestApp { app in
            Self.addTestForm(app)
            token = try await Self.openTestForm(app).token
        }
        try await withTestApp { app in
            Self.addTestForm(app)
            try await Self.post(app, cookie: token, field: token) { #expect($0.status == .forbidden) }
        }
    }

    @Test func aTokenExpiresAfterItsLifetime() async throws {
        let clock = ManualWallClock()
        let settings = WebSettings.testing
        try await withTestApp(settings: settings, clock: clock) { app in
            Self.addTestForm(app)
            let (token, cookie) = try await Self.openTestForm(app)
            #expect(cookie.maxAge == Int(settings.security.csrfTokenLifetime.components.seconds))
            clock.advance(by: settings.security.csrfTokenLifetime.inSeconds - 60)
            try await Self.post(app, cookie: token, field: token) { #expect($0.status == .ok) }
            clock.advance(by: 120)
            try await Self.post(app, cookie: token, field: token) { #expect($0.status == .forbidden) }
            // The form page then hands out a fresh one.
            let (fresh, _) = try await Self.openTestForm(app)
            #expect(fresh != token)
            try await Self.post(app, cookie: fresh, field: fresh) { #expect($0.status == .ok) }
        }
    }

    /// Every page form is protected too. The site's own pages post nothing today (the plan and the
    /// skin check are GET forms), so the test form stands in for the forms that will.
    @Test func everyPagePostRouteRejectsAFormWithoutAToken() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            let pagePosts = app.routes.all.filter { route in
                route.method == .POST && route.path.first?.description != "api"
            }
            #expect(!pagePosts.isEmpty)
            for route in pagePosts {
                let path =
                    "/"
                    + route.path.map { component in
                        if case .parameter = component { return "x" }
                        return component.description
                    }.joined(separator: "/")
                try await app.testing().test(
                    .POST, path, beforeRequest: { try $0.content.encode(["a": "b"], as: .urlEncodedForm) }
                ) { response in
                    #expect(response.status == .forbidden, "POST \(path)")
                }
            }
        }
    }

    @Test func theAPIIsExemptBecauseItUsesNoCookies() async throws {
        try await withTestApp { app in
            try await app.testing().test(.POST, "/api/assess/self-rating", beforeRequest: { $0.json(#"{"level": 1}"#) })
            {
                response in
                #expect(response.status == .ok)
                #expect(response.headers.setCookie == nil)
            }
        }
    }
}
