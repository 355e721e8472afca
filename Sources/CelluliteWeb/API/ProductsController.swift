import CelluliteKit
import Vapor

/// GET /api/products, optionally only those with an active ingredient (?active=retinol).
struct ProductsController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("products", use: list)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let products =
            request.queryText("active").map(context.knowledgeBase.products(withActive:))
            ?? context.knowledgeBase.products
        return try JSONResponse.make(ProductList(products: products))
    }
}
