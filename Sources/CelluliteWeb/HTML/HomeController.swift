import CelluliteViews
import Vapor

/// `GET /`: what cellulite is, the diagram of where treatments act, and what to expect.
struct HomeController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.pathComponents, use: home).cached(.catalogue)
    }

    @Sendable func home(_ req: Request) -> Response {
        context.renderedPages.page(for: req) {
            HomeView.render(HomePage.model(context.knowledgeBase)).pageResponse()
        }
    }
}
