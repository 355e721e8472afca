import CelluliteKit
import CelluliteViews
import Vapor

/// The plan questions and the plan, all GET pages so every answer lives in the address: the
/// browser's Back, bookmarks and Change links restore them, with or without JavaScript.
///
/// | route                | page                                                                  |
/// |----------------------|-----------------------------------------------------------------------|
/// | GET /plan            | no answers: the first step; valid answers: the plan (and the cookie)   |
/// | GET /plan/:step      | one step; with `submitted`, its answers checked, then the next page    |
/// | GET /plan/check      | "Check your answers", a Change link per answer                         |
/// | GET /plan/print      | the plan, print-friendly                                               |
/// | GET /plan/last       | the last plan shown on this device (the menu's "Your plan")            |
/// | GET /plan/edit       | old "Change your answers" links: the check page, or the first step     |
///
/// Bad answers show the step that asks the first of them, with the error summary.
struct PlanJourneyController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.plan().pathComponents, use: plan)
        routes.get(SiteURL.planCheck().pathComponents, use: check)
        routes.get(SiteURL.planPrint().pathComponents, use: printView)
        routes.get(SiteURL.planLast.pathComponents, use: last)
        routes.get(SiteURL.planEdit.pathComponents, use: edit)
        for step in PlanStep.allCases {
            routes.get(SiteURL.planStep(step).pathComponents) { req in self.step(step, req) }
        }
    }

    private var today: CalendarDay { context.clock.today() }

    @Sendable func plan(_ req: Request) -> Response {
        let query = req.queryParameters
        let answers = PlanAnswers(query)
        guard !answers.isEmpty else { return stepPage(.aboutYou, answers) }
        // One day for the answers and the page, so that they agree even across midnight.
        let today = today
        switch answers.profile(today: today) {
        case .failure(let problems):
            return stepPage(problems.first.step, answers, problems: problems.all)
        case .success(let profile):
            // One address per plan: blank answers and unknown parameters are dropped.
            if answers.canonical != query.encoded() || query.pairs.contains(where: { $0.value.isEmpty }) {
                return redirect(req, to: PlanJourney.planHref(answers))
            }
            var model = PlanPages.plan(
                context, profile: profile, answers: answers, today: today, origin: req.printedOrigin)
            model.save = SavePlanVM(
                csrfToken: req.csrfToken(),
                answers: answers.query.pairs.map { HiddenFieldVM(name: $0.name, value: $0.value) })
            let response = PlanView.render(model).pageResponse()
            response.cookies[LastPlanCookie.name] = LastPlanCookie.value(for: answers)
            return response
        }
    }

    func step(_ step: PlanStep, _ req: Request) -> Response {
        let query = req.queryParameters
        let answers = PlanAnswers(query)
        let change = query.first(PlanJourney.returnTo) == PlanJourney.returnToCheck
        guard query.first(PlanJourney.submitted) != nil else { return stepPage(step, answers, change: change) }
        // Only this step's answers are checked here; the others are checked where they are asked.
        let problems: [PlanAnswers.Problem] =
            switch answers.profile(today: today) {
            case .success: []
            case .failure(let problems): problems.all.filter { $0.step == step }
            }
        if !problems.isEmpty { return stepPage(step, answers, problems: problems, change: change) }
        if change { return redirect(req, to: PlanJourney.checkHref(answers)) }
        return redirect(req, to: step.next.map { PlanJourney.stepHref($0, answers) } ?? PlanJourney.checkHref(answers))
    }

    @Sendable func check(_ req: Request) -> Response {
        let answers = PlanAnswers(req.queryParameters)
        guard !answers.isEmpty else { return redirect(req, to: .plan()) }
        switch answers.profile(today: today) {
        case .failure(let problems):
            return stepPage(problems.first.step, answers, problems: problems.all, change: true)
        case .success:
            return CheckAnswersView.render(PlanJourney.checkPage(context, answers: answers)).pageResponse()
        }
    }

    @Sendable func printView(_ req: Request) -> Response {
        let answers = PlanAnswers(req.queryParameters)
        guard !answers.isEmpty else { return redirect(req, to: .plan()) }
        let today = today
        switch answers.profile(today: today) {
        case .failure(let problems):
            return stepPage(problems.first.step, answers, problems: problems.all)
        case .success(let profile):
            let model = PlanPages.plan(
                context, profile: profile, answers: answers, today: today, origin: req.printedOrigin, printView: true)
            return PlanView.render(model).pageResponse()
        }
    }

    @Sendable func last(_ req: Request) -> Response {
        guard let answers = LastPlanCookie.answers(in: req) else { return redirect(req, to: .plan()) }
        return redirect(req, to: PlanJourney.planHref(answers))
    }

    @Sendable func edit(_ req: Request) -> Response {
        let answers = PlanAnswers(req.queryParameters)
        if case .success = answers.profile(today: today) {
            return redirect(req, to: PlanJourney.checkHref(answers))
        }
        return redirect(req, to: PlanJourney.stepHref(.aboutYou, answers))
    }

    private func stepPage(
        _ step: PlanStep, _ answers: PlanAnswers, problems: [PlanAnswers.Problem] = [], change: Bool = false
    ) -> Response {
        let model = PlanJourney.stepPage(context, step: step, answers: answers, problems: problems, change: change)
        return PlanStepView.render(model).pageResponse(status: problems.isEmpty ? .ok : .badRequest)
    }

    /// 303, and not stored: the address holds the answers.
    private func redirect(_ req: Request, to location: SiteURL) -> Response {
        let response = req.redirect(to: location.href, redirectType: .normal)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
