import CelluliteViews
import Vapor

/// `GET /treatments` (filtered by setting, mechanism and evidence) and `GET /treatments/:slug`
/// (every fact and citation; the site's 404 page for an unknown slug).
struct TreatmentPagesController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.treatments.pathComponents, use: list).cached(.catalogue)
        routes.get(SiteURL.treatmentRoute, use: detail).cached(.catalogue)
    }

    @Sendable func list(_ req: Request) -> Response {
        context.renderedPages.page(for: req) {
            TreatmentListView.render(TreatmentPages.list(context.knowledgeBase, query: req.queryParameters))
                .pageResponse()
        }
    }

    @Sendable func detail(_ req: Request) -> Response {
        context.renderedPages.page(for: req) { render(slug: req.parameters.get(SiteURL.slugParameter) ?? "") }
    }

    private func render(slug: String) -> Response {
        let kb = context.knowledgeBase
        guard let model = TreatmentPages.detail(kb, slug: slug) else {
            return MessagePageView.render(
                Present.chrome(kb.meta, title: "Page not found", active: .treatments),
                heading: "Page not found",
                text:
                    "We have no treatment at this address. It may have been renamed, or the address may have a typo.",
                link: LinkVM(name: "See all treatments", href: .treatments)
            ).pageResponse(status: .notFound)
        }
        return TreatmentDetailView.render(model).pageResponse()
    }
}
