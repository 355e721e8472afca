import CelluliteKit
import CelluliteViews
import Plot
import Vapor

/// The HTML pages. Each handler maps the request to domain calls, builds a view-model and renders
/// its view; views see nothing else.
///
/// | route                     | page                                                        |
/// |---------------------------|-------------------------------------------------------------|
/// | GET /                     | what cellulite is, the diagram, expectations                |
/// | GET /plan, /plan/...      | the plan questions and the plan: `PlanJourneyController`    |
/// | GET /plan/questions       | printable questions for the dermatologist                   |
/// | GET /treatments           | list, filtered by setting, mechanism, evidence              |
/// | GET /treatments/:slug     | one treatment, every fact and citation (404 page if unknown) |
/// | GET /products             | products, filtered by active ingredient                     |
/// | GET /ask                  | question box and answers                                    |
/// | GET /assess               | skin check steps, answers in the query (SkinCheckController) |
/// | GET /assess/result        | the scored result                                           |
/// | GET /about                | who makes the site, review, funding (AboutController)       |
/// | GET /sources              | every citation and the evidence key                         |
func registerPageRoutes(_ app: Application, context: WebContext) throws {
    let kb = context.knowledgeBase

    app.get { _ in
        HomeView.render(HomePage.model(kb)).pageResponse()
    }.cached(.catalogue)

    app.get("plan", "questions") { req -> Response in
        guard let model = PlanPages.questionSheet(context, query: req.queryParameters) else {
            return MessagePageView.render(
                Present.chrome(kb.meta, title: "We could not read your answers", active: .plan),
                heading: "We could not read your answers",
                text: "This link does not hold a complete set of answers, so we cannot make your questions. "
                    + "Answer the questions again to get a new sheet.",
                link: LinkVM(name: "Go to the questions", href: .plan())
            ).pageResponse(status: .badRequest)
        }
        return QuestionSheetView.render(model).pageResponse()
    }

    app.get("treatments") { req in
        TreatmentListView.render(TreatmentPages.list(kb, query: req.queryParameters)).pageResponse()
    }.cached(.catalogue)

    app.get("treatments", ":slug") { req -> Response in
        let slug = req.parameters.get("slug") ?? ""
        guard let model = TreatmentPages.detail(kb, slug: slug) else {
            return notFound(kb)
        }
        return TreatmentDetailView.render(model).pageResponse()
    }.cached(.catalogue)

    app.get("products") { req in
        ProductListView.render(ProductPages.list(kb, query: req.queryParameters)).pageResponse()
    }.cached(.catalogue)

    app.get("ask") { req in
        let model = AskPage.model(context, query: req.queryParameters)
        return AskView.render(model).pageResponse(status: model.error == nil ? .ok : .badRequest)
    }

    try app.register(collection: SkinCheckController(context: context))
    try app.register(collection: AboutController(context: context))

    app.get("sources") { _ in
        SourcesView.render(SourcesPage.model(kb)).pageResponse()
    }.cached(.catalogue)
}

/// The 404 page for an unknown treatment, in the site's own layout.
private func notFound(_ kb: KnowledgeBase) -> Response {
    MessagePageView.render(
        Present.chrome(kb.meta, title: "Page not found", active: .treatments),
        heading: "Page not found",
        text: "We have no treatment at this address. It may have been renamed, or the address may have a typo.",
        link: LinkVM(name: "See all treatments", href: .treatments)
    ).pageResponse(status: .notFound)
}

extension HTML {
    /// The rendered page. Its security and cache headers come from `SecurityHeadersMiddleware`.
    func pageResponse(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
