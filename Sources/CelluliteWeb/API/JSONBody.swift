import CelluliteKit
import NIOCore
import Vapor

/// A small JSON request body read with the domain's strict reader: malformed JSON (duplicate keys
/// and trailing commas included) is a 400; unknown keys, missing keys, wrong types and
/// out-of-range values are 422s that name every bad field.
struct JSONBody {
    var reader: FieldReader

    /// Parses the body as a JSON object and rejects keys outside `fields`.
    init(_ request: Request, fields: [String]) throws {
        let bytes = try request.jsonBody()
        do throws(FieldReaderError) {
            reader = try FieldReader(json: bytes, shape: "{\(fields.map { "\"\($0)\": …" }.joined(separator: ", "))}")
        } catch {
            switch error {
            case .malformed(let reason): throw APIError.malformedJSON(reason)
            }
        }
        reader.rejectUnknownKeys(fields)
    }

    var errors: [FieldError] { reader.errors }

    /// Throws the collected field errors, if any.
    func finish() throws(APIError) {
        guard reader.errors.isEmpty else { throw .invalidFields(reader.errors) }
    }
}

extension Request {
    /// The body of a JSON request: 415 unless it says it is `application/json` (UTF-8, the only
    /// charset JSON has), so text sent as something else is never parsed as JSON (review D13).
    func jsonBody() throws -> ByteBufferView {
        guard let type = headers.contentType, type.type == "application", type.subType == "json",
            type.parameters["charset"].map({ $0.lowercased() == "utf-8" }) ?? true
        else { throw RequestRejection.unsupportedMediaType(expected: "application/json") }
        return body.data?.readableBytesView ?? ByteBuffer().readableBytesView
    }
}
