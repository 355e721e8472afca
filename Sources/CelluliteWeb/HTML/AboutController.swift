import CelluliteViews
import Vapor

/// `GET /about`: who makes the site, how its content is reviewed, how it is funded, how to report an error.
struct AboutController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        // The same for everyone, like the catalogue.
        routes.get(SiteURL.about.pathComponents, use: about).cached(.catalogue)
    }

    @Sendable func about(_ req: Request) -> Response {
        context.renderedPages.page(for: req) {
            AboutView.render(AboutPage.model(context.knowledgeBase)).pageResponse()
        }
    }
}
