import CelluliteViews
import Vapor

/// `GET /sources`: every citation and the key to the evidence badges.
struct SourcesController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.sources.pathComponents, use: sources).cached(.catalogue)
    }

    @Sendable func sources(_ req: Request) -> Response {
        context.renderedPages.page(for: req) {
            SourcesView.render(SourcesPage.model(context.knowledgeBase)).pageResponse()
        }
    }
}
