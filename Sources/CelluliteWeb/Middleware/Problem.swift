import Vapor

/// An RFC 7807 problem body, the only shape an /api error takes.
public struct Problem: Content, Sendable, Hashable {
    /// One bad field with what is wrong with it.
    public struct InvalidField: Codable, Sendable, Hashable {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// A URI naming the kind of problem; "about:blank" when the status says it all.
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    /// The first bad field, named as in the request (e.g. "severity.score", "items[2]", "q").
    public var field: String?
    /// Every bad field, when there is more than one thing wrong.
    public var errors: [InvalidField]?

    public init(
        type: String = "about:blank", title: String, status: HTTPStatus, detail: String? = nil,
        field: String? = nil, errors: [InvalidField]? = nil
    ) {
        self.type = type
        self.title = title
        self.status = Int(status.code)
        self.detail = detail
        self.field = field
        self.errors = errors
    }

    public var httpStatus: HTTPStatus { HTTPStatus(statusCode: status) }

    public static let mediaType = HTTPMediaType(type: "application", subType: "problem+json")
}

/// Problem types this API uses, so clients can branch on them.
public enum ProblemType {
    // A URN: it names the kind of problem and is never fetched.
    static let base = "urn:cellulite-advisor:problem:"
    public static let malformedJSON = base + "malformed-json"
    public static let malformedForm = base + "malformed-form"
    public static let invalidFields = base + "invalid-fields"
    public static let invalidParameter = base + "invalid-parameter"
    public static let notFound = base + "not-found"
}
