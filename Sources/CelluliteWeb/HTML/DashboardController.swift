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

    /// Two years of four-weekly check-ins.
    static let chartedCheckIns = 26

    @Sendable func dashboard(_ request: Request) async throws -> Response {
        guard let id = PageAccount.sessionAccount(request) else { return Self.logIn(request) }
        let today = services.pageToday(context)
        // `?day=` shows an earlier day's routine to tick (backdating); a future or unreadable day shows today.
        let asked = request.queryParameters.first("day")
        let day = asked.flatMap { LocalDate(iso: $0) }.flatMap { $0 <= today ? $0 : nil } ?? today
        let start = today.adding(days: -Adherence.maxDays + 1) ?? today
        // The recent check-ins only: the chart here shows the latest series' recent course, the
        // history page all of it, and a long history must not slow every dashboard view.
        let reading = try await services.store.dashboard(
            of: id, routineDaysFrom: min(start, day), to: today, latestCheckIns: Self.chartedCheckIns)
        guard let stored = PageAccount.confirmed(reading.account, request) else { return Self.logIn(request) }
        let history = reading.routineHistory
        let days = reading.routineDays
        let adherence = try Adherence(
            from: today.adding(days: -27) ?? today, to: today, today: today, history: history, ticks: days)
        let done = days.first { $0.date == day }?.done ?? []
        let recent = reading.latestCheckIns
        let latest = recent.last
        let profile = reading.profile
        let model = DashboardVM(
            chrome: Present.chrome(context.knowledgeBase.meta, title: "Your routine", active: nil),
            email: stored.account.email.address,
            routine: history.routine(on: day).items.map {
                ChoiceVM(value: $0.treatment, label: $0.name, isSelected: done.contains($0.treatment))
            },
            dayISO: day.iso,
            dayHeading: day == today ? "Today, \(Present.dateText(day.iso))" : Present.dateText(day.iso),
            isToday: day == today,
            dayPicker: TextFieldVM(
                name: "day", id: "day", label: "Tick an earlier day",
                hint: asked != nil && asked != day.iso
                    ? "That day could not be shown: pick today or an earlier day." : nil,
                value: day.iso, width: "width-10", inputType: "date", max: today.iso),
            streakText: adherence.streak == 0
                ? nil : "\(adherence.streak) \(adherence.streak == 1 ? "day" : "days") in a row with everything done.",
            rateText: adherence.rate.map { "Last 28 days: \(Int(($0 * 100).rounded()))% of planned items done." },
            latestCheckIn: latest.map(CheckInWording.summary),
            nextCheckIn: latest.flatMap { $0.date.adding(days: 7 * TrackerCalendar.checkInIntervalWeeks) }.map {
                Present.dateText($0.iso)
            } ?? "whenever you are ready; then every four weeks",
            csrfToken: request.csrfToken(),
            savedNote: PageFlash.take(request),
            planLink: profile.map { _ in LinkVM(name: "See the plan for your saved answers", href: .planLast) }
                ?? LinkVM(name: "Answer the questions to get a plan and a routine", href: .plan()),
            chart: latest.flatMap { latest in
                ProgressSeries.series(from: recent).first { $0.points.last?.checkIn == latest.id }
            }.map { ProgressChartPresenter.model($0, recentOnly: recent.count == Self.chartedCheckIns) })
        return DashboardView.render(model).pageResponse()
    }

    private static func logIn(_ request: Request) -> Response {
        request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
    }

    @Sendable func tick(_ request: Request) async throws -> Response {
        guard let stored = try await PageAccount.signedIn(request, store: services.store) else {
            return Self.logIn(request)
        }
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let history = try await services.store.routineHistory(of: stored.account.id)
        let today = services.pageToday(context)
        let date = fields.first("date").flatMap { LocalDate(iso: $0) } ?? today
        let day = try RoutineDay(
            date: date, done: Set(fields.values("done")), history: history, today: services.latestToday())
        try await services.store.recordRoutineDay(day, of: stored.account.id)
        PageFlash.set(
            request,
            date == today
                ? "Saved: today’s routine is recorded."
                : "Saved: the routine of \(Present.dateText(date.iso)) is recorded.")
        return request.redirect(
            to: date == today ? SiteURL.dashboard.href : SiteURL.dashboardDay(date.iso).href, redirectType: .normal)
    }
}
