import CelluliteKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// The OpenAPI document is the truth (security review D12, D14): for each request here, the
/// server accepts it exactly when the served document says it is valid.
@Suite struct ContractAgreementTests {
    /// Path, request body component, body.
    static let bodies: [(String, String, String)] = [
        ("/api/plan", "Profile", #"{"age": 34, "sex": null, "areas": null, "severity": null, "concern": null}"#),
        ("/api/plan", "Profile", #"{"age": 34, "severity": {"scale": "hexsel-css", "score": 15}}"#),
        ("/api/plan", "Profile", #"{"age": 34, "severity": {"scale": "nurnberger-muller", "score": 3}}"#),
        ("/api/plan", "Profile", #"{"age": 34, "severity": {"scale": "nurnberger-muller", "score": 5}}"#),
        ("/api/plan", "Profile", #"{"age": 34, "severity": {"scale": "self-rating", "score": 5}}"#),
        ("/api/plan", "Profile", #"{"age": 34, "severity": {"scale": "self-rating"}}"#),
        ("/api/plan", "Profile", #"{"age": null}"#),
        ("/api/plan", "Profile", #"{"age": 34, "areas": ["hips", "hips"]}"#),
        (
            "/api/plan", "Profile",
            #"{"age": 34, "conditions": [\#(Array(repeating: "\"autoimmune\"", count: 33).joined(separator: ","))]}"#
        ),
        ("/api/plan", "Profile", #"{"age": 34.0, "budgetUSD": 1e2}"#),
        ("/api/assess/css", "CSSRequest", #"{"items": [0, 1, 2, 3, 0], "site": null}"#),
        ("/api/assess/css", "CSSRequest", #"{"items": [0, 1, 2, 3, 4]}"#),
        (
            "/api/assess/nurnberger-muller", "NurnbergerMullerRequest",
            #"{"standing": "dimpled", "lying": "smooth", "pinch": "negative"}"#
        ),
        (
            "/api/assess/nurnberger-muller", "NurnbergerMullerRequest",
            #"{"standing": "smooth", "lying": "dimpled", "pinch": "negative"}"#
        ),
        ("/api/assess/self-rating", "SelfRatingRequest", #"{"level": 4}"#),
        ("/api/assess/self-rating", "SelfRatingRequest", #"{"level": 5}"#),
    ]

    @Test func theServerAcceptsABodyExactlyWhenTheDocumentDoes() async throws {
        try await withTestApp { app in
            let validator = SchemaValidator(document: try await OpenAPITests.fetchDocument(app))
            var outcomes: Set<Bool> = []
            for (path, component, body) in Self.bodies {
                let value = try StrictJSON.parse(Array(body.utf8))
                let valid = validator.errors(value, .object(["$ref": .string("#/components/schemas/\(component)")]))
                    .isEmpty
                outcomes.insert(valid)
                try await app.testing().test(.POST, path, beforeRequest: { $0.json(body) }) { response in
                    #expect(
                        (response.status == .ok) == valid,
                        "\(path) \(body): \(response.status) \(response.body.string.prefix(120))")
                    if !valid { #expect(response.status == .unprocessableEntity) }
                }
            }
            #expect(outcomes == [true, false], "the cases must include both kinds")
        }
    }

    /// Query strings, each with whether the document says it is valid.
    static let queries: [(String, Bool)] = [
        ("/api/ask?q=retinol", true),
        ("/api/ask?q=%E3%80%80", true),  // an ideographic space is not a space to the pattern: no answers, 200
        ("/api/ask?q=" + String(repeating: "%F0%9F%8D%8A", count: 500), true),  // 500 code points
        ("/api/ask?q=" + String(repeating: "a", count: 501), false),
        ("/api/ask?q=", false),
        ("/api/ask?q=%20%20", false),
        ("/api/ask?q=tab%09here", false),
        ("/api/ask?q=a%E2%80%AEb", false),  // RIGHT-TO-LEFT OVERRIDE
        ("/api/ask?q=%D7%A9%D7%9C%D7%95%D7%9D%E2%80%8F", true),  // Hebrew with a RIGHT-TO-LEFT MARK
        ("/api/ask?q=a&q=b", false),
        ("/api/ask?q=retinol&limit=", false),
        ("/api/ask?q=retinol&limit=%2B5", false),
        ("/api/ask?q=retinol&limit=10", true),
        ("/api/treatments?setting=", false),
        ("/api/treatments?setting=home", true),
        ("/api/treatments?evidence=B&evidence=C", false),
        ("/api/products?active=", true),
        ("/api/products?active=%00", true),
        ("/api/products?active=" + String(repeating: "a", count: 100), true),
        ("/api/products?active=" + String(repeating: "a", count: 101), false),
    ]

    @Test func theServerAcceptsAQueryExactlyWhenTheDocumentDoes() async throws {
        try await withTestApp { app in
            let document = try await OpenAPITests.fetchDocument(app)
            let validator = SchemaValidator(document: document)
            for (url, expected) in Self.queries {
                // Check the table itself against the document, so neither can drift alone.
                let components = URLComponents(string: url)!
                let operation = document["paths"]?[components.path]?["get"]
                var documented = true
                for parameter in operation?["parameters"]?.arrayValue ?? [] {
                    let name = parameter["name"]?.stringValue ?? ""
                    let values = (components.queryItems ?? []).filter { $0.name == name }.map { $0.value ?? "" }
                    if values.count > 1 { documented = false }
                    guard let text = values.first else {
                        if parameter["required"] == .bool(true) { documented = false }
                        continue
                    }
                    let schema = parameter["schema"] ?? .null
                    let value: JSONValue =
                        validator.resolve(schema)["type"]?.stringValue == "integer"
                        ? (text.allSatisfy(\.isASCII) && Int(text) != nil && !text.hasPrefix("+")
                            ? .number(Double(Int(text)!)) : .string(text))
                        : .string(text)
                    if !validator.errors(value, schema).isEmpty { documented = false }
                }
                #expect(documented == expected, "the table disagrees with the document on \(url.prefix(80))")
                try await app.testing().test(.GET, url) { response in
                    #expect(
                        (response.status == .ok) == expected,
                        "\(url.prefix(80)): \(response.status) \(response.body.string.prefix(120))")
                }
            }
        }
    }
}
