import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every response carries the security headers, and the right Cache-Control, whoever made it:
/// a page, the API, a static file, or an error from routing, limits or the framework (D8, D9).
@Suite struct SecurityHeaderTests {
    /// Method, path, headers, body → the Cache-Control the response must have.
    static let cases: [(HTTPMethod, String, HTTPHeaders, String?, String)] = [
        (.GET, "/", [:], nil, "public, max-age=300"),
        (.GET, "/treatments/cellfina", [:], nil, "public, max-age=300"),
        (.GET, "/plan?age=34", [:], nil, "no-store"),
        (.GET, "/plan?age=34&junk=1", [:], nil, "no-store"),  // a redirect carrying answers
        (.GET, "/ask?q=retinol", [:], nil, "no-store"),
        (.GET, "/assess", [:], nil, "no-store"),
        (.GET, "/css/app.css", [:], nil, "public, max-age=3600"),
        (.HEAD, "/favicon.svg", [:], nil, "public, max-age=3600"),
        (.GET, "/health", [:], nil, "no-store"),
        (.GET, "/api/treatments", [:], nil, "public, max-age=300"),
        (.GET, "/api/openapi.json", [:], nil, "public, max-age=300"),
        (.GET, "/api/ask?q=%3Cscript%3E", [:], nil, "no-store"),
        (.POST, "/api/plan", ["Content-Type": "application/json"], #"{"age": 34}"#, "no-store"),
        (.POST, "/api/assess/self-rating", ["Content-Type": "application/json"], #"{"level": 2}"#, "no-store"),
        // Errors of every origin: each echoes something of the request, so none is stored.
        (.GET, "/treatments/no-such-thing", [:], nil, "no-store"),
        (.GET, "/nothing-here", [:], nil, "no-store"),
        (.GET, "/api/nothing-here", [:], nil, "no-store"),
        (.DELETE, "/css/app.css", [:], nil, "no-store"),
        (.PUT, "/api/plan", [:], nil, "no-store"),
        (.POST, "/api/plan", ["Content-Type": "text/plain"], "{}", "no-store"),
        (.POST, "/api/plan", ["Content-Type": "application/json"], "{", "no-store"),
        (.POST, "/assess", ["Content-Type": "application/x-www-form-urlencoded"], "step=choose", "no-store"),  // 405
        (.GET, "/assess?from=choose&go=next&scale=self-rating", [:], nil, "no-store"),
        (.GET, "/assess/result?scale=self-rating&level=2", [:], nil, "no-store"),
        (.GET, "/about", [:], nil, "public, max-age=300"),
        (.GET, "/favicon.svg%00.html", [:], nil, "no-store"),
        (.GET, "/api/treatments?setting=" + String(repeating: "x", count: 9_000), [:], nil, "no-store"),
        (.POST, "/api/plan", ["Content-Type": "application/json"], String(repeating: " ", count: 20_000), "no-store"),
    ]

    @Test func everyResponseCarriesTheSecurityHeadersAndItsCachePolicy() async throws {
        try await withTestApp { app in
            for (method, path, headers, body, cacheControl) in Self.cases {
                try await app.testing().test(
                    method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }
                ) { response in
                    let label = "\(method) \(path.prefix(60)) → \(response.status.code)"
                    let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                    #expect(csp.contains("default-src 'self'"), "\(label)")
                    #expect(csp.contains("frame-ancestors 'none'"), "\(label)")
                    #expect(csp.contains("script-src 'self';"), "\(label)")
                    #expect(!csp.contains("unsafe-inline"), "\(label)")
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(label)")
                    #expect(response.headers.first(name: "Referrer-Policy") == "no-referrer", "\(label)")
                    #expect(response.headers[.cacheControl] == [cacheControl], "\(label)")
                    #expect(response.headers.first(name: "Strict-Transport-Security") == nil, "\(label)")
                }
            }
        }
    }

    @Test func theErrorsAmongThemHaveTheirOwnStatuses() async throws {
        let expected: [String: UInt] = [
            "/nothing-here": 404, "/favicon.svg%00.html": 400, "/treatments/no-such-thing": 404,
        ]
        try await withTestApp { app in
            for (path, status) in expected {
                try await app.testing().test(.GET, path) { #expect($0.status.code == status, "\(path)") }
            }
            try await app.testing().test(.GET, "/api/treatments?setting=" + String(repeating: "x", count: 9_000)) {
                expectProblem($0, .uriTooLong)
            }
            try await app.testing().test(
                .POST, "/api/plan", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: String(repeating: " ", count: 20_000))
            ) { expectProblem($0, .payloadTooLarge) }
        }
    }

    /// Cookies are Secure, and HSTS is sent, only when a proxy we trust says the browser used HTTPS.
    @Test(arguments: [
        (false, "https", false), (true, "https", true), (true, "http", false), (true, "http, https", true),
    ])
    func cookiesAreSecureOnlyBehindATrustedHTTPSProxy(trusted: Bool, proto: String, secure: Bool) async throws {
        var settings = WebSettings.testing
        settings.security.trustsForwardedProto = trusted
        try await withTestApp(settings: settings) { app in
            // A page that hands out a form token, and so sets the CSRF cookie.
            CSRFTests.addTestForm(app)
            try await app.testing().test(.GET, "/csrf-test", headers: ["X-Forwarded-Proto": proto]) { response in
                let cookie = try #require(response.headers.setCookie?[CSRF.cookieName])
                #expect(cookie.isSecure == secure)
                #expect((response.headers.first(name: "Strict-Transport-Security") != nil) == secure)
            }
        }
    }
}
