import CelluliteKit
import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// Runs `body` against the app exactly as `cellulite serve` builds it, on in-memory SQLite.
func withTestApp(_ body: (Application) async throws -> Void) async throws {
    try await withTestApp(settings: .testing, body)
}

func withTestApp(
    settings: WebSettings, clock: any WallClock = SystemWallClock(), _ body: (Application) async throws -> Void
) async throws {
    try await withApp(configure: { app in try await configure(app, settings: settings, clock: clock) }, body)
}

/// A clock tests move by hand, to let tokens and sessions expire.
final class ManualWallClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    func now() -> Date { lock.withLock { current } }

    func advance(by interval: TimeInterval) {
        lock.withLock { current += interval }
    }
}

/// The value of the hidden `csrfToken` field in a page.
func csrfToken(in html: String) -> String? {
    guard let start = html.range(of: "name=\"csrfToken\" value=\"") else { return nil }
    let rest = html[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

extension TestingHTTPRequest {
    /// Sets a raw JSON body (raw, so tests can send malformed JSON too).
    mutating func json(_ text: String) {
        headers.contentType = .json
        body = ByteBuffer(string: text)
    }
}

extension TestingHTTPResponse {
    /// The body parsed as exact JSON; records an issue and returns null when it is not JSON.
    var json: JSONValue {
        do {
            return try StrictJSON.parse(body.readableBytesView)
        } catch {
            Issue.record("response is not JSON: \(body.string)")
            return .null
        }
    }

    var contentType: String { headers.first(name: .contentType) ?? "" }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var intValue: Int? {
        if case .number(let number) = self, number.rounded() == number { return Int(number) }
        return nil
    }

    var arrayValue: [JSONValue] {
        if case .array(let array) = self { return array }
        return []
    }

    var objectValue: [String: JSONValue] {
        if case .object(let object) = self { return object }
        return [:]
    }

    /// JSON text, for sending generated examples.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let string):
            String(data: try! JSONEncoder().encode(string), encoding: .utf8)!
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let object):
            "{" + object.keys.sorted().map { JSONValue.string($0).text + ":" + object[$0]!.text }.joined(separator: ",")
                + "}"
        }
    }
}

/// Checks that a response is a problem document with `status`, naming `field` when given.
func expectProblem(
    _ response: TestingHTTPResponse, _ status: HTTPStatus, field: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(response.status == status, "body: \(response.body.string)", sourceLocation: sourceLocation)
    #expect(response.contentType.hasPrefix("application/problem+json"), sourceLocation: sourceLocation)
    let problem = response.json
    #expect(problem["status"]?.intValue == Int(status.code), sourceLocation: sourceLocation)
    #expect(problem["title"]?.stringValue != nil, sourceLocation: sourceLocation)
    #expect(problem["type"]?.stringValue != nil, sourceLocation: sourceLocation)
    if let field {
        #expect(
            problem["field"]?.stringValue == field, "problem: \(response.body.string)", sourceLocation: sourceLocation)
    }
}

/// Checks a response body against a component schema of the served OpenAPI document.
func expectConforms(
    _ body: JSONValue, to component: String, in app: Application, sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let document = try await OpenAPITests.fetchDocument(app)
    let validator = SchemaValidator(document: document)
    let problems = validator.errors(body, .object(["$ref": .string("#/components/schemas/\(component)")]))
    #expect(problems.isEmpty, "\(problems.prefix(10))", sourceLocation: sourceLocation)
}

extension Duration {
    var inSeconds: TimeInterval {
        TimeInterval(components.seconds) + TimeInterval(components.attoseconds) / 1e18
    }
}
