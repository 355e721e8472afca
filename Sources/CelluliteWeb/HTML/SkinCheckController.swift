import CelluliteKit
import CelluliteViews
import Vapor

/// The skin check: `GET /assess` shows whichever step the query calls for, `GET /assess/result`
/// scores it. Only GETs, holding the answers in the address: nothing is stored, no cookie or
/// session is needed, and Back never asks to resend a form. Answers are never cached (the
/// security headers' default, no-store).
struct SkinCheckController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.assess().pathComponents, use: step)
        routes.get(SiteURL.assessResult().pathComponents, use: result)
    }

    @Sendable func step(_ req: Request) -> Response {
        let kb = context.knowledgeBase
        let state = SkinCheckState(query: req.queryParameters)
        switch SkinCheckFlow.resolve(state) {
        case .step(let step, let errors):
            let model = SkinCheckStepPresenter.model(kb, state: state, step: step, errors: errors)
            return SkinCheckStepView.render(model).pageResponse(status: errors.isEmpty ? .ok : .badRequest)
        case .result(let location):
            return req.redirect(to: location.href, redirectType: .normal)
        }
    }

    @Sendable func result(_ req: Request) -> Response {
        let kb = context.knowledgeBase
        let state = SkinCheckState(query: req.queryParameters)
        guard let model = SkinCheckResultPresenter.model(kb, state: state) else {
            return MessagePageView.render(
                Present.chrome(kb.meta, title: "We could not read this result", active: .assess),
                heading: "We could not read this result",
                text:
                    "The link is missing some answers or has answers we do not recognise. Do the check again to get a result.",
                link: LinkVM(name: "Start the check", href: state.restartAddress)
            ).pageResponse(status: .badRequest)
        }
        return SkinCheckResultView.render(model).pageResponse()
    }
}
