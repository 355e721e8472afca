import Plot

/// `GET /dashboard/checkins`: how it is going first (a chart per scale, each with its table),
/// then every check-in with a link to change it.
public enum CheckInHistoryView {
    public static func render(_ model: CheckInHistoryVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe("Your check-ins")),
                model.savedNote.map { .el("p", .attr("class", "callout"), .attr("role", "status"), .safe($0)) }
                    ?? .empty,
                .el(
                    "div", .attr("class", "button-row"), UI.buttonLink("Record a check-in", to: .assess()),
                    UI.buttonLink("Back to your routine", to: .dashboard, secondary: true)),
                model.rows.isEmpty
                    ? H.p("No check-in yet. A check-in is a skin check you keep: do one now, then every four weeks.")
                    : .group(progress(model), list(model)),
            ])
    }

    private static func progress(_ model: CheckInHistoryVM) -> Markup {
        H.section(
            id: "progress", heading: "Progress",
            [model.separateChartsNote.map { H.p($0) } ?? .empty]
                + model.charts.map { chart in
                    .el(
                        "section", .attr("class", "progress-series"), .attr("aria-labelledby", "\(chart.id)-heading"),
                        ProgressChartView.render(chart))
                })
    }

    private static func list(_ model: CheckInHistoryVM) -> Markup {
        H.section(
            id: "all-checkins", heading: "Every check-in",
            [
                .el(
                    "table", .attr("class", "checkin-table"),
                    .el("caption", .attr("class", "visually-hidden"), .safe("Your check-ins, newest first")),
                    .el(
                        "thead",
                        .el(
                            "tr",
                            .forEach(["Date", "Check", "Score", "Notes"]) {
                                .el("th", .attr("scope", "col"), .safe($0))
                            },
                            .el(
                                "th", .attr("scope", "col"),
                                .el("span", .attr("class", "visually-hidden"), .safe("Change")))
                        )),
                    .el(
                        "tbody",
                        .forEach(model.rows) { row in
                            .el(
                                "tr",
                                .el("th", .attr("scope", "row"), .safe(row.dateText)),
                                .el("td", .safe(row.check)),
                                .el("td", .safe(row.score)),
                                .el("td", .attr("class", "checkin-notes"), .safe(row.notes)),
                                .el(
                                    "td",
                                    .el(
                                        "a", .attr("href", row.href), .safe("Change"),
                                        .el(
                                            "span", .attr("class", "visually-hidden"),
                                            .safe(" the check-in of \(row.dateText)")))))
                        }))
            ])
    }
}
