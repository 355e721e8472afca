import CelluliteKit

/// What the web layer itself rejects; `Problem(error:)` maps it to HTTP with the domain's errors.
public enum APIError: Error, Sendable, Hashable {
    /// The body is not JSON, or not the JSON shape asked for (400).
    case malformedJSON(String)
    /// The body claims to be a multipart form but does not parse as one (400).
    case malformedForm
    /// Valid JSON whose fields are unknown, of the wrong type or out of range (422).
    case invalidFields([FieldError])
    /// A query parameter is missing, empty or has an unknown value (400).
    case invalidParameter(name: String, message: String)
    /// No such thing, e.g. an unknown treatment slug (404).
    case notFound(String)
}
