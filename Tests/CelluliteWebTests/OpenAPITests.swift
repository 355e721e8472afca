import CelluliteKit
import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The OpenAPI document must tell the truth: the same routes Vapor registers, and schemas that
/// real requests and responses satisfy.
@Suite struct OpenAPITests {
    struct Endpoint: Hashable, CustomStringConvertible {
        var method: String
        var path: String
        var description: String { "\(method) \(path)" }
    }

    static func fetchDocument(_ app: Application) async throws -> JSONValue {
        var document = JSONValue.null
        try await app.testing().test(.GET, "/api/openapi.json") { response in
            #expect(response.status == .ok)
            #expect(response.contentType.hasPrefix("application/json"))
            document = response.json
        }
        return document
    }

    static func documentedEndpoints(_ document: JSONValue) -> Set<Endpoint> {
        Set(
            document["paths"]?.objectValue.flatMap { path, item in
                item.objectValue.keys.map { Endpoint(method: $0.uppercased(), path: path) }
            } ?? [])
    }

    /// /api routes and /health as Vapor registered them, with `:slug` written `{slug}`.
    static func registeredEndpoints(_ app: Application) -> Set<Endpoint> {
        Set(
            app.routes.all.compactMap { route in
                let path =
                    "/"
                    + route.path.map { component in
                        switch component {
                        case .parameter(let name): "{\(name)}"
                        default: component.description
                        }
                    }.joined(separator: "/")
                guard path == "/health" || path.hasPrefix("/api/") else { return nil }
                return Endpoint(method: route.method.rawValue, path: path)
            })
    }

    @Test func documentIsOpenAPI31WithInfo() async throws {
        try await withTestApp { app in
            let document = try await Self.fetchDocument(app)
            #expect(document["openapi"]?.stringValue == "3.1.0")
            #expect(document["info"]?["title"]?.stringValue == "Cellulite Advisor API")
            #expect(document["info"]?["version"]?.stringValue == CelluliteKitVersion.value)
        }
    }

    @Test func everyRegisteredAPIRouteIsDocumentedAndViceVersa() async throws {
        try await withTestApp { app in
            let documented = Self.documentedEndpoints(try await Self.fetchDocument(app))
            let registered = Self.registeredEndpoints(app)
            #expect(registered.subtracting(documented).isEmpty, "undocumented: \(registered.subtracting(documented))")
            #expect(documented.subtracting(registered).isEmpty, "not registered: \(documented.subtracting(registered))")
            #expect(registered.contains(Endpoint(method: "POST", path: "/api/plan")))
        }
    }

    @Test func everySchemaReferenceResolvesAndUsesKnownKeywords() async throws {
        try await withTestApp { app in
            let document = try await Self.fetchDocument(app)
            let validator = SchemaValidator(document: document)
            var references: [String] = []
            func walk(_ value: JSONValue, _ path: String) {
                switch value {
                case .object(let object):
                    if let ref = object["$ref"]?.stringValue { references.append("\(path) → \(ref)") }
                    for (key, member) in object { walk(member, "\(path).\(key)") }
                case .array(let items):
                    for (index, item) in items.enumerated() { walk(item, "\(path)[\(index)]") }
                default: break
                }
            }
            walk(document, "$")
            #expect(!references.isEmpty)
            for reference in references {
                let ref = String(reference.split(separator: "→").last!.trimmingCharacters(in: .whitespaces))
                #expect(validator.resolve(.object(["$ref": .string(ref)])) != .null, "unresolved \(reference)")
            }
            // Every schema's keywords are ones the validator checks (so nothing is silently ignored).
            for (name, schema) in validator.schemas {
                let problems = validator.errors(validator.example(schema), schema, at: name)
                #expect(problems.isEmpty, "\(problems)")
            }
        }
    }

    /// For every operation: a request built only from the document (parameter examples and
    /// schema-generated bodies) succeeds, and the response matches the documented 200 schema.
    @Test func examplesBuiltFromTheDocumentSucceedAndResponsesMatchTheirSchemas() async throws {
        try await withTestApp { app in
            let document = try await Self.fetchDocument(app)
            let validator = SchemaValidator(document: document)
            var checked = 0
            var needToken = 0
            for (path, item) in document["paths"]?.objectValue ?? [:] {
                for (method, operation) in item.objectValue {
                    // Routes behind a bearer token need an account and meaningful bodies: the
                    // account and check-in tests call them; here they must refuse a caller without one.
                    if operation["security"] != nil {
                        try await app.testing().test(HTTPMethod(rawValue: method.uppercased()), path) { response in
                            #expect(response.status == .unauthorized, "\(method.uppercased()) \(path) without a token")
                        }
                        needToken += 1
                        continue
                    }
                    var url = path
                    var query: [String] = []
                    for parameter in operation["parameters"]?.arrayValue ?? [] {
                        let name = parameter["name"]?.stringValue ?? ""
                        let value =
                            parameter["example"]?.stringValue
                            ?? Self.queryText(validator.example(parameter["schema"] ?? .null))
                        if parameter["in"]?.stringValue == "path" {
                            url = url.replacingOccurrences(of: "{\(name)}", with: value)
                        } else {
                            query.append(
                                "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
                            )
                        }
                    }
                    if !query.isEmpty { url += "?" + query.joined(separator: "&") }
                    let bodySchema = operation["requestBody"]?["content"]?["application/json"]?["schema"]
                    let body = bodySchema.map(validator.example)
                    if let bodySchema, let body {
                        #expect(validator.errors(body, bodySchema).isEmpty, "generated body for \(path) is invalid")
                    }
                    let responseSchema = operation["responses"]?["200"]?["content"]?["application/json"]?["schema"]
                    try await app.testing().test(
                        HTTPMethod(rawValue: method.uppercased()), url,
                        beforeRequest: { request in if let body { request.json(body.text) } },
                        afterResponse: { response in
                            // Sign-up and log-in succeed with 201 for a real email and password, which
                            // the account tests send; a generated body must get a documented answer.
                            let documented = Set((operation["responses"]?.objectValue ?? [:]).keys)
                            if !documented.contains("200") {
                                #expect(
                                    documented.contains(String(response.status.code)), "\(method.uppercased()) \(url)")
                                return
                            }
                            #expect(response.status == .ok, "\(method.uppercased()) \(url): \(response.body.string)")
                            if let responseSchema {
                                let problems = validator.errors(response.json, responseSchema)
                                #expect(problems.isEmpty, "\(method.uppercased()) \(url): \(problems.prefix(10))")
                            }
                        })
                    checked += 1
                }
            }
            #expect(checked + needToken == Self.documentedEndpoints(document).count)
            #expect(checked >= 10)
            #expect(needToken >= 10)
        }
    }

    static func queryText(_ value: JSONValue) -> String {
        value.stringValue ?? value.text
    }
}
