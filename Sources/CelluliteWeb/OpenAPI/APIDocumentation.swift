import CelluliteKit

/// The OpenAPI document served at GET /api/openapi.json. A test compares its paths with the
/// routes Vapor registers and validates real responses against its schemas.
enum APIDocumentation {
    typealias Doc = OpenAPIDocument

    static func document(knowledgeBase: KnowledgeBase) -> OpenAPIDocument {
        OpenAPIDocument(
            info: .init(
                title: "Cellulite Advisor API",
                version: CelluliteKitVersion.value,
                description: "Evidence-based cellulite information: plans, treatments, products, answers and "
                    + "severity scales. Information, not diagnosis. Errors are RFC 7807 problems that name the bad "
                    + "field: 400 for malformed JSON or a bad query parameter, 422 for valid JSON with invalid "
                    + "values, 404 for an unknown treatment, 405 (with Allow) for a method an address does not "
                    + "answer, 413 for a body over 16 KB (10 MB for a photo upload), 414 for an address over 8 KB, 415 for a "
                    + "body that is not application/json (multipart/form-data for a photo upload). A query parameter may be "
                    + "given at most once."),
            paths: paths.merging(accountPaths) { own, _ in own }.merging(photoPaths) { own, _ in own },
            components: .init(
                schemas: APISchemas.all(treatmentSlugs: knowledgeBase.treatments.map(\.id))
                    .merging(APISchemas.accounts) { own, _ in own }.merging(APISchemas.photos) { own, _ in own },
                securitySchemes: [
                    "bearer": .init(
                        description: "The token from POST /api/accounts or POST /api/tokens. The API never reads "
                            + "the site's session cookie.")
                ]))
    }

    static let paths: [String: Doc.PathItem] = [
        "/health": .init(operations: [
            "get": operation(
                "health", "Liveness check", responses: ["200": ok("The service is up.", "Health")])
        ]),
        "/api/openapi.json": .init(operations: [
            "get": operation(
                "openapi", "This document",
                responses: ["200": .init(description: "The OpenAPI 3.1 document.", content: json(.anyObject()))])
        ]),
        "/api/plan": .init(operations: [
            "post": operation(
                "createPlan", "Make a plan for a profile",
                description: "Pure: nothing is stored. Unknown fields, unknown values, wrong types and out-of-range "
                    + "numbers are rejected with 422 naming each field.",
                body: "Profile",
                responses: ["200": ok("The plan.", "Plan"), "400": malformed, "422": invalid])
        ]),
        "/api/treatments": .init(operations: [
            "get": operation(
                "listTreatments", "List treatments",
                parameters: [
                    query("setting", "Only treatments in this setting.", .oneOf(TreatmentSetting.self)),
                    query("mechanism", "Only treatments acting this way.", .oneOf(Mechanism.self)),
                    query("evidence", "Only treatments with this SORT strength.", .oneOf(SORTGrade.self)),
                ],
                responses: ["200": ok("Matching treatments, in catalog order.", "TreatmentList"), "400": badQuery])
        ]),
        "/api/treatments/{slug}": .init(operations: [
            "get": operation(
                "getTreatment", "One treatment with its sources",
                parameters: [
                    Doc.Parameter(
                        in: "path", name: "slug", description: "The treatment id.", required: true,
                        schema: .ref("TreatmentSlug"), example: "cellfina")
                ],
                responses: [
                    "200": ok("The treatment.", "TreatmentDetail"),
                    "404": problem("No treatment has this id."),
                ])
        ]),
        "/api/products": .init(operations: [
            "get": operation(
                "listProducts", "List products",
                parameters: [
                    query(
                        "active", "Only products with this active ingredient (case-insensitive); empty means all.",
                        .string(maxLength: ProductsController.maxActiveLength), example: "caffeine")
                ],
                responses: ["200": ok("Matching products.", "ProductList"), "400": badQuery])
        ]),
        "/api/ask": .init(operations: [
            "get": operation(
                "ask", "Answer a question from the knowledge base",
                parameters: [
                    query(
                        "q",
                        "The question: at most \(QuestionText.maxLength) characters, no control characters or "
                            + "bidirectional embeddings, overrides or isolates, not only spaces.",
                        .string(minLength: 1, maxLength: QuestionText.maxLength, pattern: QuestionText.pattern),
                        required: true, example: "Does caffeine cream work on cellulite?"),
                    query("limit", "At most this many answers (default 3).", .integer(in: AskController.limitRange)),
                ],
                responses: [
                    "200": ok("Answers best first; empty when the question is out of scope.", "AskResult"),
                    "400": badQuery,
                ])
        ]),
        "/api/assess/css": .init(operations: [
            "post": operation(
                "assessCSS", "Score the Hexsel Cellulite Severity Scale", body: "CSSRequest",
                responses: ["200": ok("Total and band.", "CSSResult"), "400": malformed, "422": invalid])
        ]),
        "/api/assess/nurnberger-muller": .init(operations: [
            "post": operation(
                "assessNurnbergerMuller", "Stage cellulite on the Nürnberger–Müller scale",
                description: "Dimples lying down but not standing fit no stage: 422 naming lying.",
                body: "NurnbergerMullerRequest",
                responses: ["200": ok("The stage.", "NurnbergerMullerResult"), "400": malformed, "422": invalid])
        ]),
        "/api/assess/self-rating": .init(operations: [
            "post": operation(
                "assessSelfRating", "Record a 0–4 self-rating", body: "SelfRatingRequest",
                responses: [
                    "200": ok("The level and its label.", "SelfRatingResult"), "400": malformed, "422": invalid,
                ])
        ]),
    ]

    // MARK: Builders

    static func operation(
        _ id: String, _ summary: String, description: String? = nil, parameters: [Doc.Parameter]? = nil,
        body: String? = nil, responses: [String: Doc.Response], bearer: Bool = false
    ) -> Doc.Operation {
        // Any other refusal (405, 413, 414, 415, …) is a problem document too.
        Doc.Operation(
            operationId: id, summary: summary, description: description, parameters: parameters,
            requestBody: body.map { Doc.RequestBody(content: json(.ref($0))) },
            responses: responses.merging(bearer ? ["401": unauthorized, "4XX": otherProblem] : ["4XX": otherProblem]) {
                own, _ in own
            },
            security: bearer ? [["bearer": []]] : nil)
    }

    static func query(
        _ name: String, _ description: String, _ schema: JSONSchema, required: Bool = false, example: String? = nil
    ) -> Doc.Parameter {
        Doc.Parameter(
            in: "query", name: name, description: description, required: required, schema: schema, example: example)
    }

    static func json(_ schema: JSONSchema) -> [String: Doc.MediaType] {
        ["application/json": .init(schema: schema)]
    }

    static func ok(_ description: String, _ component: String) -> Doc.Response {
        .init(description: description, content: json(.ref(component)))
    }

    static func problem(_ description: String) -> Doc.Response {
        .init(description: description, content: ["application/problem+json": .init(schema: .ref("Problem"))])
    }

    static let malformed = problem("The body is not a JSON object.")
    static let invalid = problem("Valid JSON, but a field is unknown, of the wrong type or out of range.")
    static let badQuery = problem("A query parameter is missing, repeated or has an unknown value.")
    static let otherProblem = problem("The request was refused; the problem says why.")
    static let unauthorized = problem("No valid bearer token: missing, unknown, expired or revoked.")
    static let noContent = Doc.Response(description: "Done; no body.", content: nil)
}
