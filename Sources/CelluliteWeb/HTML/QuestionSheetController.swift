import CelluliteViews
import Vapor

/// `GET /plan/questions`: the plan's questions for a dermatologist, to print; a bad-link page
/// when the address does not hold a complete set of answers.
struct QuestionSheetController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.planQuestions().pathComponents, use: sheet)
    }

    @Sendable func sheet(_ req: Request) -> Response {
        guard let model = PlanPages.questionSheet(context, query: req.queryParameters) else {
            return MessagePageView.render(
                Present.chrome(context.knowledgeBase.meta, title: "We could not read your answers", active: .plan),
                heading: "We could not read your answers",
                text: "This link does not hold a complete set of answers, so we cannot make your questions. "
                    + "Answer the questions again to get a new sheet.",
                link: LinkVM(name: "Go to the questions", href: .plan())
            ).pageResponse(status: .badRequest)
        }
        return QuestionSheetView.render(model).pageResponse()
    }
}
