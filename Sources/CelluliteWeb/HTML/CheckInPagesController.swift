import CelluliteKit
import CelluliteStore
import CelluliteViews
import Vapor

/// The check-in pages. A check-in is a skin-check result the person keeps: the skin check's
/// result page offers the form (`SkinCheckController`), and these routes store, list, change and
/// delete. Another account's check-in id answers 404, like one that does not exist.
///
/// | route                                  | does                                                   |
/// |----------------------------------------|--------------------------------------------------------|
/// | GET /dashboard/checkins                | every check-in and a chart with its table per series  |
/// | POST /dashboard/checkins               | keeps a result as a check-in                          |
/// | GET /dashboard/checkins/:id            | the check-in, its date and notes to change            |
/// | POST /dashboard/checkins/:id           | new date, site or notes, or new answers               |
/// | GET, POST /dashboard/checkins/:id/delete | asks, then deletes                                  |
struct CheckInPagesController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    static let idParameter = "checkin"

    func boot(routes: any RoutesBuilder) throws {
        let one = SiteURL.checkIns.pathComponents + [.parameter(Self.idParameter)]
        routes.get(SiteURL.checkIns.pathComponents, use: history)
        routes.post(SiteURL.checkIns.pathComponents, use: create)
        routes.get(one, use: show)
        routes.post(one, use: update)
        routes.get(one + ["delete"], use: confirmDelete)
        routes.post(one + ["delete"], use: delete)
    }

    private var store: any TrackerStore { services.store }

    @Sendable func history(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let checkIns = try await store.checkIns(of: account.account.id)
        let model = CheckInHistoryPresenter.model(
            context.knowledgeBase, checkIns: checkIns, savedNote: PageFlash.take(request))
        return CheckInHistoryView.render(model).pageResponse()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let state = SkinCheckState(query: fields)
        guard let scored = SkinCheckResultPresenter.score(state) else { return unreadableAnswers(state) }
        let form = CheckInForm(fields)
        switch form.checkIn(
            id: services.ids.next(), assessment: scored.input, createdAt: services.clock.now(),
            today: services.latestToday())
        {
        case .failure(let errors):
            return try await SkinCheckPages.result(
                request, context: context, services: services, state: state, account: account.account.id,
                form: form, errors: errors)
        case .success(let checkIn):
            try await store.createCheckIn(checkIn, of: account.account.id)
            PageFlash.set(request, "Saved: your check-in of \(Present.dateText(checkIn.date.iso)).")
            return request.redirect(to: SiteURL.checkIns.href, redirectType: .normal)
        }
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let stored = try await owned(request, account.account.id)
        return editPage(request, stored, form: CheckInForm(stored), errors: nil)
    }

    /// With the skin check's answers in the form, they replace the stored ones; without, only
    /// the date, site and notes change.
    @Sendable func update(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let stored = try await owned(request, account.account.id)
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let form = CheckInForm(fields)
        let newAnswers = fields.first("scale") != nil ? SkinCheckState(query: fields) : nil
        let input: AssessmentInput
        if let newAnswers {
            guard let scored = SkinCheckResultPresenter.score(newAnswers) else { return unreadableAnswers(newAnswers) }
            input = scored.input
        } else {
            input = stored.assessment.input
        }
        switch form.checkIn(
            id: stored.id, assessment: input, createdAt: stored.createdAt, today: services.latestToday(),
            replacing: stored)
        {
        case .failure(let errors):
            guard let newAnswers else { return editPage(request, stored, form: form, errors: errors) }
            return try await SkinCheckPages.result(
                request, context: context, services: services, state: newAnswers, account: account.account.id,
                form: form, errors: errors)
        case .success(let checkIn):
            guard try await store.replaceCheckIn(checkIn, of: account.account.id) else { throw Abort(.notFound) }
            PageFlash.set(request, "Saved: your check-in of \(Present.dateText(checkIn.date.iso)) is changed.")
            return request.redirect(to: SiteURL.checkIns.href, redirectType: .normal)
        }
    }

    @Sendable func confirmDelete(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let stored = try await owned(request, account.account.id)
        let id = stored.id.uuidString
        let model = DeleteConfirmationVM(
            chrome: Present.chrome(context.knowledgeBase.meta, title: "Delete a check-in", active: nil),
            heading: "Delete your check-in of \(Present.dateText(stored.date.iso))?",
            facts: CheckInWording.facts(stored),
            consequence: "Deleting removes it, and any photos kept with it, from your history and your charts. "
                + "It cannot be undone.",
            button: "Delete this check-in", action: .checkInDelete(id: id), csrfToken: request.csrfToken(),
            keepHref: .checkIn(id: id))
        return DeleteConfirmationView.render(model).pageResponse()
    }

    @Sendable func delete(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: store) else { return logIn(request) }
        let stored = try await owned(request, account.account.id)
        guard try await store.deleteCheckIn(stored.id, of: account.account.id) else { throw Abort(.notFound) }
        PageFlash.set(request, "Deleted: your check-in of \(Present.dateText(stored.date.iso)).")
        return request.redirect(to: SiteURL.checkIns.href, redirectType: .normal)
    }

    // MARK: Shared

    private func editPage(_ request: Request, _ stored: CheckIn, form: CheckInForm, errors: CheckInFormErrors?)
        -> Response
    {
        let id = stored.id.uuidString
        let model = CheckInEditVM(
            chrome: Present.chrome(context.knowledgeBase.meta, title: "Your check-in", active: nil),
            heading: "Your check-in of \(Present.dateText(stored.date.iso))", facts: CheckInWording.facts(stored),
            form: CheckInFormPresenter.model(
                .details(of: stored), form: form, scale: stored.assessment.scale, answers: [],
                csrfToken: request.csrfToken(), today: services.pageToday(context), errors: errors),
            redoHref: .assess(
                SiteURL.Query(
                    QueryParameters(pairs: [
                        (name: "scale", value: SkinCheckScale(stored.assessment.scale).rawValue),
                        (name: SkinCheckState.checkInField, value: id),
                    ]))))
        return CheckInEditView.render(model).pageResponse(status: errors == nil ? .ok : .badRequest)
    }

    /// The signed-in person's check-in named in the path, or 404.
    private func owned(_ request: Request, _ account: Account.ID) async throws -> CheckIn {
        guard let id = request.parameters.get(Self.idParameter).flatMap(CheckIn.ID.init(uuidString:)),
            let stored = try await store.checkIn(id, of: account)
        else { throw Abort(.notFound) }
        return stored
    }

    private func logIn(_ request: Request) -> Response {
        request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
    }

    private func unreadableAnswers(_ state: SkinCheckState) -> Response {
        MessagePageView.render(
            Present.chrome(context.knowledgeBase.meta, title: "We could not read these answers", active: .assess),
            heading: "We could not read these answers",
            text:
                "The form is missing some answers of the check or has answers we do not recognise. Nothing was saved.",
            link: LinkVM(name: "Do the check again", href: state.restartAddress)
        ).pageResponse(status: .badRequest)
    }
}
