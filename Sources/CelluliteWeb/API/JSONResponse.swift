import Foundation
import Vapor

/// Encodes domain values (Codable, not Vapor `Content`) as the API's JSON: stable key order so
/// responses diff cleanly.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPStatus = .ok) throws -> Response {
        make(json: try encoder.encode(value), status: status)
    }

    /// JSON already written, by `JSONText` for the answers that are asked for most.
    static func make(json: some Collection<UInt8>, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(buffer: ByteBuffer(bytes: json)))
    }
}
