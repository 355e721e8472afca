import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

/// The account page: export and reminders by session, a new password (this session stays, every
/// token ends) and deletion (everything goes, the session ends).
@Suite struct AccountSettingsPageTests {
    typealias Browser = AccountPageTests.Browser
    static let password = AccountPageTests.password

    static func signedIn(_ app: Application, _ email: String = "ana@example.com") async throws -> Browser {
        let browser = Browser(app)
        let form = try await browser.get("/account/sign-up")
        let created = try await browser.post(
            "/account/sign-up", [("email", email), ("password", password), ("age", "34"), ("areas", "thighs")],
            token: csrfToken(in: form.body.string))
        #expect(created.status == .seeOther)
        return browser
    }

    @Test func signedOutEveryAccountAddressSendsToLogIn() async throws {
        try await withTestApp { app in
            for path in ["/account", "/account/export", "/account/calendar.ics"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers.first(name: .location) == "/account/log-in", "\(path)")
            }
        }
    }

    @Test func theExportAndTheFeedComeWithTheSession() async throws {
        try await withTestApp { app in
            let browser = try await Self.signedIn(app)
            let page = try await browser.get("/account")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Signed in as ana@example.com."))
            // Each id once: a section named like a field it holds once broke the delete form.
            let ids = page.body.string.matches(of: #/ id="([^"]+)"/#).map { String($0.1) }
            #expect(ids.count == Set(ids).count, "\(ids)")
            let export = try await browser.get("/account/export")
            #expect(export.headers.contentType == .zip)
            let archive = try Archive(data: Data(export.body.readableBytesView), accessMode: .read)
            #expect(archive["data.json"] != nil)
            let feed = try await browser.get("/account/calendar.ics")
            #expect(feed.body.string.hasPrefix("BEGIN:VCALENDAR\r\n"))
        }
    }

    @Test func aNewPasswordKeepsThisSessionAndEndsEveryToken() async throws {
        try await withTestApp { app in
            let browser = try await Self.signedIn(app)
            var token = ""
            try await AccountAPITests.post(app, "/api/tokens", ["email": "ana@example.com", "password": Self.password])
            {
                token = try $0.content.decode(AccountAPITests.Issued.self).token
            }
            let page = try await browser.get("/account")
            let wrong = try await browser.post(
                "/account/password",
                [("currentPassword", "not the password"), ("newPassword", "a brand new passphrase")],
                token: csrfToken(in: page.body.string))
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains("The password is wrong."))
            let changed = try await browser.post(
                "/account/password", [("currentPassword", Self.password), ("newPassword", "a brand new passphrase")],
                token: csrfToken(in: wrong.body.string))
            #expect(changed.status == .seeOther)
            let after = try await browser.get("/account")
            #expect(after.status == .ok)
            #expect(after.body.string.contains("Your password is changed."))
            #expect(try await AccountAPITests.me(app, token) == .unauthorized)
        }
    }

    @Test func deletingNeedsThePasswordThenRemovesEverything() async throws {
        try await withTestApp { app in
            let browser = try await Self.signedIn(app)
            let page = try await browser.get("/account")
            let wrong = try await browser.post(
                "/account/delete", [("password", "not the password")], token: csrfToken(in: page.body.string))
            #expect(wrong.status == .badRequest)
            #expect((try await browser.get("/dashboard")).status == .ok)
            let deleted = try await browser.post(
                "/account/delete", [("password", Self.password)], token: csrfToken(in: wrong.body.string))
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers.first(name: .location) == "/")
            #expect((try await browser.get("/dashboard")).status == .seeOther)
            try await AccountAPITests.post(app, "/api/tokens", ["email": "ana@example.com", "password": Self.password])
            {
                #expect($0.status == .unauthorized)
            }
        }
    }
}
