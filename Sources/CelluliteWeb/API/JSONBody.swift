import CelluliteKit
import Vapor

/// A small JSON request body read with the domain's strict reader: malformed JSON (duplicate keys
/// and trailing commas included) is a 400; unknown keys, missing keys, wrong types and
/// out-of-range values are 422s that name every bad field.
struct JSONBody {
    var reader: FieldReader

    /// Parses the body as a JSON object and rejects keys outside `fields`.
    init(_ request: Request, fields: [String]) throws(APIError) {
        let bytes = request.body.data?.readableBytesView ?? ByteBuffer().readableBytesView
        do {
            reader = try FieldReader(json: bytes, shape: "{\(fields.map { "\"\($0)\": …" }.joined(separator: ", "))}")
        } catch {
            switch error { case .malformed(let reason): throw .malformedJSON(reason) }
        }
        reader.rejectUnknownKeys(fields)
    }

    var errors: [FieldError] { reader.errors }

    /// Throws the collected field errors, if any.
    func finish() throws(APIError) {
        guard reader.errors.isEmpty else { throw .invalidFields(reader.errors) }
    }
}
