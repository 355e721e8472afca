import CelluliteKit
import Vapor

/// GET /api/products, optionally only those with an active ingredient (?active=retinol).
struct ProductsController: RouteCollection {
    /// Longer than any ingredient name; the document says so too.
    static let maxActiveLength = 100

    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("products", use: list).cached(.catalogue)
    }

    /// An empty `active` is no filter, as on the products page.
    @Sendable func list(_ request: Request) throws -> Response {
        let active = try request.queryText("active", maxLength: Self.maxActiveLength)?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let products =
            active.flatMap { $0.isEmpty ? nil : $0 }.map(context.knowledgeBase.products(withActive:))
            ?? context.knowledgeBase.products
        return try JSONResponse.make(ProductList(products: products))
    }
}
