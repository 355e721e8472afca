import Vapor

/// GET /api/openapi.json: the API's description, encoded once at boot.
struct OpenAPIController: RouteCollection {
    let body: Data

    init(context: WebContext) throws {
        body = try JSONResponse.encoder.encode(APIDocumentation.document(knowledgeBase: context.knowledgeBase))
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("openapi.json", use: document).cached(.catalogue)
    }

    @Sendable func document(_ request: Request) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}
