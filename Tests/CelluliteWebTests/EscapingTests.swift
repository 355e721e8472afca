import Testing
import Vapor
import VaporTesting

/// Escaping works on bytes, so no spelling of a quote or bracket slips through.
@Suite struct EscapingTests {
    @Test(arguments: [
        // A quote followed by a combining accent is one Character but still ends an attribute.
        ("%22%CC%81%20onfocus%3Dalert(1)%20x%3D%22", "\"\u{301} onfocus=alert(1)"),
        ("%27%3E%3Cb%3Ex", "'><b>x"),
        ("a%26b%3Cc%3E", "a&b<c>"),
    ])
    func questionTextIsEscapedEverywhereItIsShown(encoded: String, raw: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/ask?q=\(encoded)") { response in
                let html = response.body.string
                #expect(!html.contains(raw), "\(raw) appears unescaped")
                #expect(html.contains("value=\""), "the question is echoed into its field")
            }
        }
    }
}
