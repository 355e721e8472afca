import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The account pages as a browser without script uses them: POST forms with the CSRF cookie and
/// token, the session cookie, and Post/Redirect/Get.
@Suite struct AccountPageTests {
    /// A browser's cookie jar, enough for these pages.
    final class Browser: @unchecked Sendable {
        let app: Application
        var cookies: [String: String] = [:]

        init(_ app: Application) { self.app = app }

        func get(_ path: String) async throws -> TestingHTTPResponse {
            try await send(.GET, path, form: nil)
        }

        /// Posts `form` with the CSRF token the last page handed out.
        func post(_ path: String, _ form: [(String, String)], token: String?) async throws -> TestingHTTPResponse {
            try await send(.POST, path, form: (token.map { [("csrfToken", $0)] } ?? []) + form)
        }

        private func send(_ method: HTTPMethod, _ path: String, form: [(String, String)]?) async throws
            -> TestingHTTPResponse
        {
            let body = form.map { form in
                ByteBuffer(string: form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&"))
            }
            return try await send(method, path, contentType: form == nil ? nil : .urlEncodedForm, body: body)
        }

        /// Any request with the cookies so far; the response's cookies are kept.
        func send(_ method: HTTPMethod, _ path: String, contentType: HTTPMediaType?, body: ByteBuffer?) async throws
            -> TestingHTTPResponse
        {
            var result: TestingHTTPResponse?
            try await app.testing().test(
                method, path,
                beforeRequest: { request in
                    var jar = HTTPCookies()
                    for (name, value) in cookies { jar[name] = HTTPCookies.Value(string: value) }
                    request.headers.cookie = jar
                    if let contentType { request.headers.contentType = contentType }
                    if let body { request.body = body }
                },
                afterResponse: { response in
                    for (name, value) in response.headers.setCookie?.all ?? [:] {
                        cookies[name] = value.expires.map { $0 < Date() } == true ? nil : value.string
                    }
                    result = response
                })
            return try #require(result)
        }

        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
        }
    }

    static let password = "three unrelated words here"

    @Test func signingUpWithAPlanGivesARoutineToTick() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            // "Save this plan" while signed out: to sign-up, with the answers.
            let plan = try await browser.get("/plan?age=34&areas=thighs&setting=home")
            #expect(plan.status == .ok)
            let saveToken = try #require(csrfToken(in: plan.body.string))
            let save = try await browser.post(
                "/account/plan", [("age", "34"), ("areas", "thighs"), ("setting", "home")], token: saveToken)
            #expect(save.status == .seeOther)
            let signUpAddress = try #require(save.headers.first(name: .location))
            #expect(signUpAddress == "/account/sign-up?age=34&areas=thighs&setting=home")

            let form = try await browser.get(signUpAddress)
            #expect(form.body.string.contains(#"name="areas" value="thighs""#))
            let sessionBefore = browser.cookies["cellulite-session"]
            let created = try await browser.post(
                "/account/sign-up",
                [
                    ("email", "Ana@Example.com"), ("password", Self.password), ("age", "34"), ("areas", "thighs"),
                    ("setting", "home"),
                ], token: csrfToken(in: form.body.string))
            #expect(created.status == .seeOther)
            #expect(created.headers.first(name: .location) == "/dashboard")
            #expect(browser.cookies["cellulite-session"] != nil)
            #expect(browser.cookies["cellulite-session"] != sessionBefore)

            let dashboard = try await browser.get("/dashboard")
            #expect(dashboard.status == .ok)
            let html = dashboard.body.string
            #expect(html.contains("Signed in as ana@example.com."))
            #expect(html.contains(#"type="checkbox""#))
            #expect(!html.contains("checked"))
            let slug = try #require(html.firstMatch(of: /name="done" value="([a-z-]+)"/)?.1)

            let ticked = try await browser.post(
                "/dashboard/routine", [("date", ""), ("done", String(slug))], token: csrfToken(in: html))
            #expect(ticked.status == .seeOther)
            let after = try await browser.get("/dashboard")
            #expect(after.body.string.contains("Saved: today’s routine is recorded."))
            #expect(after.body.string.contains(#"value="\#(slug)" checked="checked""#))
            // The note shows once.
            #expect(!(try await browser.get("/dashboard")).body.string.contains("Saved:"))
        }
    }

    @Test func theDashboardNeedsASignedInSession() async throws {
        try await withTestApp { app in
            let response = try await Browser(app).get("/dashboard")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/account/log-in")
        }
    }

    @Test func logInGivesOneMessageForAnUnknownEmailAndAWrongPassword() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let form = try await browser.get("/account/sign-up")
            _ = try await browser.post(
                "/account/sign-up", [("email", "ana@example.com"), ("password", Self.password)],
                token: csrfToken(in: form.body.string))
            _ = try await browser.post(
                "/account/log-out", [], token: csrfToken(in: (try await browser.get("/dashboard")).body.string))
            #expect((try await browser.get("/dashboard")).status == .seeOther)

            var pages: [String] = []
            for (email, password) in [("ana@example.com", "wrong but long enough"), ("bo@example.com", Self.password)] {
                let login = try await browser.get("/account/log-in")
                let response = try await browser.post(
                    "/account/log-in", [("email", email), ("password", password)],
                    token: csrfToken(in: login.body.string))
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("The email or password is wrong."))
                pages.append(response.body.string.replacingOccurrences(of: email, with: "EMAIL"))
            }
            // The same page apart from the email typed and the form's fresh token.
            #expect(
                pages[0].replacing(/value="[A-Za-z0-9_.-]{40,}"/, with: "")
                    == pages[1].replacing(/value="[A-Za-z0-9_.-]{40,}"/, with: ""))
            let login = try await browser.get("/account/log-in")
            let ok = try await browser.post(
                "/account/log-in", [("email", "ANA@example.com"), ("password", Self.password)],
                token: csrfToken(in: login.body.string))
            #expect(ok.status == .seeOther)
            #expect((try await browser.get("/dashboard")).status == .ok)
        }
    }

    @Test func aFormWithoutItsTokenChangesNothing() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            _ = try await browser.get("/account/sign-up")
            let response = try await browser.post(
                "/account/sign-up", [("email", "ana@example.com"), ("password", Self.password)], token: nil)
            #expect(response.status == .forbidden)
            let login = try await browser.get("/account/log-in")
            let attempt = try await browser.post(
                "/account/log-in", [("email", "ana@example.com"), ("password", Self.password)],
                token: csrfToken(in: login.body.string))
            #expect(attempt.status == .badRequest)
        }
    }
}

extension AccountPageTests {
    @Test func aPasswordChangeEndsThePagesSessions() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let form = try await browser.get("/account/sign-up")
            _ = try await browser.post(
                "/account/sign-up", [("email", "ana@example.com"), ("password", Self.password)],
                token: csrfToken(in: form.body.string))
            #expect((try await browser.get("/dashboard")).status == .ok)
            var token = ""
            try await AccountAPITests.post(app, "/api/tokens", ["email": "ana@example.com", "password": Self.password])
            {
                token = try $0.content.decode(AccountAPITests.Issued.self).token
            }
            try await AccountAPITests.post(
                app, "/api/me/password", ["currentPassword": Self.password, "newPassword": "a brand new passphrase"],
                method: .PUT, token: token
            ) { #expect($0.status == .noContent) }
            let after = try await browser.get("/dashboard")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/account/log-in")
        }
    }
}
