import CelluliteKit
import CelluliteViews
import Vapor

/// The skin check: `GET /assess` shows whichever step the query calls for, `GET /assess/result`
/// scores it (and, for a signed-in person, offers to keep it as a check-in). Only GETs, holding the answers in the address: nothing is stored, no cookie or
/// session is needed, and Back never asks to resend a form. Answers are never cached (the
/// security headers' default, no-store).
struct SkinCheckController: RouteCollection {
    let context: WebContext
    let services: AccountServices

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

    @Sendable func result(_ req: Request) async throws -> Response {
        let account = try await PageAccount.signedIn(req, store: services.store)
        return try await SkinCheckPages.result(
            req, context: context, services: services, state: SkinCheckState(query: req.queryParameters),
            account: account?.account.id)
    }
}
