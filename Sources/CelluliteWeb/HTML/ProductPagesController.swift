import CelluliteViews
import Vapor

/// `GET /products`: the products, filtered by active ingredient.
struct ProductPagesController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.products.pathComponents, use: list).cached(.catalogue)
    }

    @Sendable func list(_ req: Request) -> Response {
        context.renderedPages.page(for: req) {
            ProductListView.render(ProductPages.list(context.knowledgeBase, query: req.queryParameters)).pageResponse()
        }
    }
}
