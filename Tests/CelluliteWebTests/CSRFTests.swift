import CelluliteWeb
import Testing
import Vapor
import VaporTesting

/// Every form POST outside /api must carry the session's CSRF token.
@Suite struct CSRFTests {
    /// A form page and its handler, added after configure like any page route.
    static func addTestForm(_ app: Application) {
        app.get("csrf-test") { request in request.csrfToken() }
        app.post("csrf-test") { _ in "accepted" }
    }

    @Test func aFormPostWithoutATokenIsRejected() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            try await app.testing().test(
                .POST, "/csrf-test",
                beforeRequest: { try $0.content.encode(["name": "x"], as: .urlEncodedForm) }
            ) { response in
                #expect(response.status == .forbidden)
                #expect(response.contentType.hasPrefix("text/html"))
                #expect(response.body.string.contains("This form has expired"))
            }
        }
    }

    @Test func theSessionTokenIsAcceptedAndAWrongOneIsNot() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            var token = ""
            var cookie: HTTPCookies.Value?
            try await app.testing().test(.GET, "/csrf-test") { response in
                #expect(response.status == .ok)
                token = response.body.string
                cookie = response.headers.setCookie?["cellulite-session"]
            }
            let session = try #require(cookie)
            #expect(token.count >= 40)

            for (given, expected) in [(token, HTTPStatus.ok), ("forged", .forbidden), ("", .forbidden)] {
                try await app.testing().test(
                    .POST, "/csrf-test",
                    beforeRequest: { request in
                        request.headers.cookie = ["cellulite-session": session]
                        try request.content.encode([CSRF.fieldName: given], as: .urlEncodedForm)
                    }
                ) { response in
                    #expect(response.status == expected, "token \(given.prefix(8))")
                }
            }
            // Scripts may send the token as a header instead.
            try await app.testing().test(
                .POST, "/csrf-test",
                beforeRequest: { request in
                    request.headers.cookie = ["cellulite-session": session]
                    request.headers.replaceOrAdd(name: CSRF.headerName, value: token)
                }
            ) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aTokenFromAnotherSessionIsRejected() async throws {
        try await withTestApp { app in
            Self.addTestForm(app)
            var token = ""
            try await app.testing().test(.GET, "/csrf-test") { response in token = response.body.string }
            try await app.testing().test(
                .POST, "/csrf-test",
                beforeRequest: { try $0.content.encode([CSRF.fieldName: token], as: .urlEncodedForm) }
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    /// The pages' own forms (e.g. the assess wizard) are protected too.
    @Test func everyPagePostRouteRejectsAFormWithoutAToken() async throws {
        try await withTestApp { app in
            let pagePosts = app.routes.all.filter { route in
                route.method == .POST && route.path.first?.description != "api"
            }
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
