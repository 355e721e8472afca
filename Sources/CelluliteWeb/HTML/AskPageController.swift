import CelluliteViews
import Vapor

/// `GET /ask`: the question box and its answers. Not cached: the page echoes what was typed.
struct AskPageController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.ask().pathComponents, use: ask)
    }

    @Sendable func ask(_ req: Request) -> Response {
        let model = AskPage.model(context, query: req.queryParameters)
        return AskView.render(model).pageResponse(status: model.error == nil ? .ok : .badRequest)
    }
}
