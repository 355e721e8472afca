import CelluliteKit
import CelluliteStore
import CelluliteViews
import Vapor

/// The skin check's result page, shared by the skin check and the check-in routes: anyone sees
/// the result; a signed-in person also gets the form that keeps it as a check-in.
enum SkinCheckPages {
    static func result(
        _ request: Request, context: WebContext, services: AccountServices, state: SkinCheckState,
        account: Account.ID?, form: CheckInForm? = nil, errors: CheckInFormErrors? = nil
    ) async throws -> Response {
        let kb = context.knowledgeBase
        guard let scored = SkinCheckResultPresenter.score(state) else {
            return MessagePageView.render(
                Present.chrome(kb.meta, title: "We could not read this result", active: .assess),
                heading: "We could not read this result",
                text:
                    "The link is missing some answers or has answers we do not recognise. Do the check again to get a result.",
                link: LinkVM(name: "Start the check", href: state.restartAddress)
            ).pageResponse(status: .badRequest)
        }
        var checkInForm: CheckInFormVM?
        if let account {
            checkInForm = try await checkInFormModel(
                request, context: context, services: services, state: state, scale: scored.reading.scale,
                account: account, form: form, errors: errors)
        }
        let model = SkinCheckResultPresenter.model(kb, state: state, scored: scored, checkIn: checkInForm)
        return SkinCheckResultView.render(model).pageResponse(status: errors == nil ? .ok : .badRequest)
    }

    /// A new check-in, or new answers for the stored one the check was redone for (404 when the
    /// account has none with that id).
    private static func checkInFormModel(
        _ request: Request, context: WebContext, services: AccountServices, state: SkinCheckState,
        scale: SeverityScaleID, account: Account.ID, form: CheckInForm?, errors: CheckInFormErrors?
    ) async throws -> CheckInFormVM {
        let today = services.pageToday(context)
        var purpose = CheckInFormPresenter.Purpose.new
        var start = form ?? CheckInForm(dateText: today.iso, siteText: CheckInForm.noSite, notes: "")
        if let text = state.checkInID {
            guard let id = CheckIn.ID(uuidString: text), let stored = try await services.store.checkIn(id, of: account)
            else { throw Abort(.notFound) }
            purpose = .newAnswers(for: stored)
            start = form ?? CheckInForm(stored)
        }
        let answers = state.pairs(onlyChosenScale: true).filter { $0.name != SkinCheckState.checkInField }
        return CheckInFormPresenter.model(
            purpose, form: start, scale: scale, answers: answers.map { HiddenFieldVM(name: $0.name, value: $0.value) },
            csrfToken: request.csrfToken(), today: today, errors: errors)
    }
}
