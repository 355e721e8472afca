import CelluliteWeb
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// Methods, content types and paths are exact (security review D5, D7, D10, D11, D13).
@Suite struct RequestShapeTests {
    /// Method, path → the Allow header of the 405, or nil for a 404.
    static let wrongMethods: [(HTTPMethod, String, String?)] = [
        (.DELETE, "/css/app.css", "GET, HEAD"),
        (.POST, "/favicon.svg", "GET, HEAD"),
        (.PUT, "/plan", "GET, HEAD"),
        (.PATCH, "/treatments/cellfina", "GET, HEAD"),
        (.DELETE, "/assess", "GET, HEAD"),
        (.POST, "/assess", "GET, HEAD"),  // the skin check is GETs only
        (.OPTIONS, "/api/plan", "POST"),
        (.TRACE, "/api/plan", "POST"),
        (.HEAD, "/api/plan", "POST"),
        (.POST, "/health", "GET, HEAD"),
        (.TRACE, "/nothing-here", nil),
        (.POST, "/nothing-here", nil),
    ]

    @Test func anUnknownMethodOnAKnownAddressIs405WithAllow() async throws {
        try await withTestApp { app in
            for (method, path, allow) in Self.wrongMethods {
                try await app.testing().test(method, path) { response in
                    #expect(response.status == (allow == nil ? .notFound : .methodNotAllowed), "\(method) \(path)")
                    #expect(response.headers.first(name: "Allow") == allow, "\(method) \(path)")
                }
            }
        }
    }

    @Test func staticFilesAnswerGetAndHead() async throws {
        try await withTestApp { app in
            for method in [HTTPMethod.GET, .HEAD] {
                try await app.testing().test(method, "/css/app.css") { response in
                    #expect(response.status == .ok)
                    #expect(response.contentType.hasPrefix("text/css"))
                }
            }
        }
    }

    /// D10: a NUL in the path used to pick the content type (`favicon.svg%00.html` as HTML).
    @Test(arguments: [
        "/favicon.svg%00.html", "/css/app.css%0A", "/x%0a2026-12-01%20critical%20FORGED", "/api/%1B%5B31m",
    ])
    func aControlByteInThePathIs400(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .badRequest)
                #expect(!response.contentType.hasPrefix("image/"))
            }
        }
    }

    /// D13: only `application/json` (UTF-8) is read as JSON.
    @Test(arguments: [
        ("text/plain", HTTPStatus.unsupportedMediaType), ("application/x-www-form-urlencoded", .unsupportedMediaType),
        ("application/json; charset=iso-8859-1", .unsupportedMediaType), ("application/json", .ok),
        ("application/json; charset=UTF-8", .ok),
    ])
    func jsonEndpointsTakeJSONOnly(contentType: String, status: HTTPStatus) async throws {
        try await withTestApp { app in
            for (path, body) in [("/api/plan", #"{"age": 34}"#), ("/api/assess/self-rating", #"{"level": 1}"#)] {
                try await app.testing().test(
                    .POST, path, headers: ["Content-Type": contentType], body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == status, "\(path) as \(contentType)")
                }
            }
            try await app.testing().test(.POST, "/api/plan", body: ByteBuffer(string: #"{"age": 34}"#)) { response in
                expectProblem(response, .unsupportedMediaType)
            }
        }
    }

    /// D7: what the framework or the decoder says internally never reaches the client.
    @Test func problemDetailsNameNoInternals() async throws {
        let bodies = [
            #"{"age":1e400}"#, #"{"age":"\ud800"}"#, #"{"age":034}"#, #"{"age":34,"age":35}"#, "[" + "[", "\u{FEFF}{}",
        ]
        try await withTestApp { app in
            for body in bodies {
                try await app.testing().test(.POST, "/api/plan", beforeRequest: { $0.json(body) }) { response in
                    #expect((400..<500).contains(response.status.code))
                    let text = response.body.string
                    for word in ["DecodingError", "Dictionary<", "Swift.", "CodingKeys", "typeMismatch", "Vapor"] {
                        #expect(!text.contains(word), "\(body): \(text)")
                    }
                }
            }
        }
    }

    /// D5: request paths are logged with control characters escaped, so no line can be forged.
    @Test func loggedPathsEscapeControlCharacters() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await withTestApp { app in
            app.logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
            try await app.testing().test(.GET, "/x%0A2026-12-01T22:10:00+0000%20critical%20FORGED%1B%5B2J") {
                response in
                #expect(response.status == .badRequest)
            }
        }
        let logged = lines.withLockedValue { $0 }.filter { $0.contains("FORGED") }
        #expect(logged.count == 1)
        for line in logged {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
            #expect(line.contains("\\u{A}2026-12-01T22:10:00+0000 critical FORGED\\u{1B}[2J"))
        }
    }
}

/// Keeps every log line's message, at every level.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.withLockedValue { $0.append(event.message.description) }
    }
}
