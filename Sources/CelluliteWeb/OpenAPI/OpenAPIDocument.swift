/// The parts of an OpenAPI 3.1 document this API uses, encoded as the specification names them.
public struct OpenAPIDocument: Encodable, Sendable {
    public var openapi = "3.1.0"
    public var info: Info
    public var paths: [String: PathItem]
    public var components: Components

    public struct Info: Encodable, Sendable {
        public var title: String
        public var version: String
        public var description: String
    }

    /// Operations by lower-case HTTP method ("get", "post").
    public struct PathItem: Encodable, Sendable {
        public var operations: [String: Operation]

        public func encode(to encoder: any Encoder) throws {
            try operations.encode(to: encoder)
        }
    }

    public struct Operation: Encodable, Sendable {
        public var operationId: String
        public var summary: String
        public var description: String?
        public var parameters: [Parameter]?
        public var requestBody: RequestBody?
        /// By status code ("200", "422").
        public var responses: [String: Response]
        /// `[["bearer": []]]` on routes that need a token; nil on open ones.
        public var security: [[String: [String]]]?
    }

    public struct Parameter: Encodable, Sendable {
        /// "query" or "path".
        public var `in`: String
        public var name: String
        public var description: String
        public var required: Bool
        public var schema: JSONSchema
        public var example: String?
    }

    public struct RequestBody: Encodable, Sendable {
        public var required = true
        public var content: [String: MediaType]
    }

    public struct Response: Encodable, Sendable {
        public var description: String
        /// Nil for a response without a body (204).
        public var content: [String: MediaType]?
    }

    public struct MediaType: Encodable, Sendable {
        public var schema: JSONSchema
    }

    public struct Components: Encodable, Sendable {
        public var schemas: [String: JSONSchema]
        public var securitySchemes: [String: SecurityScheme]?
    }

    /// How a route authenticates: here only `Authorization: Bearer TOKEN`.
    public struct SecurityScheme: Encodable, Sendable {
        public var type = "http"
        public var scheme = "bearer"
        public var description: String
    }
}
