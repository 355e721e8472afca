import Plot

/// The signed-in person's page: today's routine first (a form that works without script), then
/// how it is going, then the next check-in.
public enum DashboardView {
    public static func render(_ model: DashboardVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe("Your routine")),
                .el("p", .attr("class", "lead"), .safe("Signed in as \(model.email).")),
                model.savedNote.map { .el("p", .attr("class", "callout"), .attr("role", "status"), .safe($0)) }
                    ?? .empty,
                H.section(id: "today", heading: model.dayHeading, [today(model), dayPicker(model)]),
                H.section(
                    id: "progress", heading: "How it is going",
                    [
                        H.textList(
                            [
                                model.streakText ?? "No streak yet: tick today's routine to start one.",
                                model.rateText ?? "Nothing was planned in the last 28 days.",
                                model.latestCheckIn.map { "Latest check-in: \($0)." } ?? "No check-in yet.",
                                "Next check-in: \(model.nextCheckIn).",
                            ]),
                        model.chart.map { ProgressChartView.render($0) } ?? .empty,
                        .el(
                            "div", .attr("class", "button-row"), UI.buttonLink("Record a check-in", to: .assess()),
                            UI.buttonLink("All your check-ins", to: .checkIns, secondary: true),
                            UI.buttonLink("Progress photos", to: .photos, secondary: true)),
                    ]),
                .el("p", H.link(model.planLink.name, to: model.planLink.href)),
                .el("p", H.link("Your account: export, reminders, password, deletion", to: .account)),
                .el(
                    "form", .attr("method", "post"), .attr("action", SiteURL.logOut),
                    FormUI.hidden("csrfToken", model.csrfToken), FormUI.submit("Log out", secondary: true)),
            ])
    }

    private static func today(_ model: DashboardVM) -> BodyNode {
        guard !model.routine.isEmpty else {
            return H.p("Your saved plan has no daily items, or no plan is saved yet.")
        }
        return .el(
            "form",
            [
                .attr("method", "post"), .attr("action", SiteURL.dashboardRoutine), .attr("class", "questionnaire"),
                FormUI.hidden("csrfToken", model.csrfToken),
                FormUI.hidden("date", model.dayISO),
                FormUI.choiceField(
                    ChoiceFieldVM(
                        kind: .checkbox, name: "done", id: "done",
                        legend: model.isToday ? "What did you do today?" : "What did you do that day?",
                        hint: "Tick what you did; untick to take it back.", choices: model.routine)),
                .el("div", .attr("class", "button-row"), FormUI.submit(model.isToday ? "Save today" : "Save this day")),
            ])
    }

    /// A plain GET form, so backdating needs no script: pick a day, see its routine.
    private static func dayPicker(_ model: DashboardVM) -> BodyNode {
        .el(
            "form", .attr("method", "get"), .attr("action", SiteURL.dashboard), .attr("class", "day-picker"),
            FormUI.textField(model.dayPicker),
            .el("div", .attr("class", "button-row"), FormUI.submit("Show this day", secondary: true)),
            model.isToday ? .empty : .el("p", H.link("Back to today", to: .dashboard)))
    }
}
