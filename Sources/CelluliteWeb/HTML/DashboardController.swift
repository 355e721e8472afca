import CelluliteKit
import CelluliteStore
import CelluliteViews
import Foundation
import Vapor

/// `GET /dashboard` (signed-out visitors go to log in) and `POST /dashboard/routine`, which
/// records today's ticks and comes back to the dashboard.
struct DashboardController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.dashboard.pathComponents, use: dashboard)
        routes.post(SiteURL.dashboardRoutine.pathComponents, use: tick)
    }

    private var today: LocalDate { LocalDate(iso: context.clock.today().iso) ?? services.latestToday() }

    @Sendable func dashboard(_ request: Request) async throws -> Response {
        guard let stored = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        let id = stored.account.id
        let store = services.store
        let history = try await store.routineHistory(of: id)
        let start = today.adding(days: -Adherence.maxDays + 1) ?? today
        let days = try await store.routineDays(of: id, from: start, to: today)
        let adherence = try Adherence(
            from: today.adding(days: -27) ?? today, to: today, today: today, history: history, ticks: days)
        let doneToday = days.first { $0.date == today }?.done ?? []
        let latest = try await store.latestCheckIn(of: id)
        let profile = try await store.profile(of: id)
        let model = DashboardVM(
            chrome: Present.chrome(context.knowledgeBase.meta, title: "Your routine", active: nil),
            email: stored.account.email.address,
            routine: history.routine(on: today).items.map {
                ChoiceVM(value: $0.treatment, label: $0.name, isSelected: doneToday.contains($0.treatment))
            },
            todayISO: today.iso, todayText: Present.dateText(today.iso),
            streakText: adherence.streak == 0
                ? nil : "\(adherence.streak) \(adherence.streak == 1 ? "day" : "days") in a row with everything done.",
            rateText: adherence.rate.map { "Last 28 days: \(Int(($0 * 100).rounded()))% of planned items done." },
            latestCheckIn: latest.map {
                "\(Self.scoreName($0.assessment.scale)) \($0.assessment.score) on \(Present.dateText($0.date.iso))"
            },
            nextCheckIn: latest.flatMap { $0.date.adding(days: 28) }.map { Present.dateText($0.iso) }
                ?? "whenever you are ready; then every four weeks",
            csrfToken: request.csrfToken(),
            savedNote: takeFlash(request),
            planLink: profile.map { _ in LinkVM(name: "See the plan for your saved answers", href: .planLast) }
                ?? LinkVM(name: "Answer the questions to get a plan and a routine", href: .plan()))
        return DashboardView.render(model).pageResponse()
    }

    @Sendable func tick(_ request: Request) async throws -> Response {
        guard let stored = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let history = try await services.store.routineHistory(of: stored.account.id)
        let date = fields.first("date").flatMap { LocalDate(iso: $0) } ?? today
        let day = try RoutineDay(
            date: date, done: Set(fields.values("done")), history: history, today: services.latestToday())
        try await services.store.recordRoutineDay(day, of: stored.account.id)
        request.session.data[Self.flashKey] = "Saved: today’s routine is recorded."
        return request.redirect(to: SiteURL.dashboard.href, redirectType: .normal)
    }

    /// A note for the next page only (Post/Redirect/Get), kept in the session.
    private static let flashKey = "flash"

    private func takeFlash(_ request: Request) -> String? {
        defer { request.session.data[Self.flashKey] = nil }
        return request.session.data[Self.flashKey]
    }

    static func scoreName(_ scale: SeverityScaleID) -> String {
        switch scale {
        case .hexselCSS: "Hexsel score"
        case .nurnbergerMuller: "Nürnberger–Müller stage"
        case .selfRating: "Self-rating"
        }
    }
}
