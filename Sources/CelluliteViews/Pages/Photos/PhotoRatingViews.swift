import Plot

/// `GET /dashboard/photos/ratings`: start a blinded rating of a view; the answers so far.
public enum PhotoRatingsView {
    public static func render(_ model: PhotoRatingsVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe("Rate your photos blind")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "Hoping for a change makes it easy to see one. Here you see a view's first photo and its latest side by side, in random order and without dates, and say which looks smoother. Only then are the dates shown."
                    )),
                .el(
                    "ul",
                    [.attr("class", "rating-starts")]
                        + model.starts.map { start in
                            .el(
                                "li",
                                start.unavailable.map { reason in
                                    .group(.el("strong", .safe(start.name)), .safe(": \(reason)"))
                                }
                                    ?? .el(
                                        "form", .attr("method", "post"), .attr("action", SiteURL.photoRatings),
                                        FormUI.hidden("csrfToken", model.csrfToken),
                                        FormUI.hidden("view", start.view),
                                        FormUI.submit("Rate \(start.name.lowercased())", secondary: true)))
                        }),
                H.heading(2, "Your blinded ratings"),
                model.summary.map { H.p($0) } ?? .empty,
                model.history.isEmpty
                    ? H.p("None yet.")
                    : .el(
                        "table", .attr("class", "checkin-table"),
                        .el(
                            "thead",
                            .el(
                                "tr", .el("th", .attr("scope", "col"), .safe("View")),
                                .el("th", .attr("scope", "col"), .safe("Photos compared")),
                                .el("th", .attr("scope", "col"), .safe("Your answer")))),
                        .el(
                            "tbody",
                            model.history.map { row in
                                .el(
                                    "tr", .el("td", H.link(row.view, to: row.href)), .el("td", .safe(row.dates)),
                                    .el("td", .safe(row.answer)))
                            })),
                .el("p", H.link("All your photos", to: .photos)),
            ])
    }
}

/// `GET /dashboard/photos/ratings/{id}`: photo A and photo B, no dates, and the question; once
/// answered, the dates and what the answer says.
public enum PhotoRatingView {
    public static func render(_ model: PhotoRatingVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe(model.heading)),
                .el(
                    "div", .attr("class", "photo-compare"),
                    PhotoCompareView.figure(model.left, side: "left"),
                    PhotoCompareView.figure(model.right, side: "right")),
                model.revealed.map { facts in
                    .group(
                        model.verdict.map { .el("p", .attr("class", "lead"), .attr("role", "status"), .safe($0)) }
                            ?? .empty,
                        UI.facts(facts.map { ($0.label, .safe($0.value)) }))
                } ?? question(model),
                .el("p", H.link("All your blinded ratings", to: .photoRatings)),
            ])
    }

    private static func question(_ model: PhotoRatingVM) -> BodyNode {
        .el(
            "form", .attr("method", "post"), .attr("action", model.action), .attr("class", "questionnaire"),
            FormUI.hidden("csrfToken", model.csrfToken),
            FormUI.choiceField(
                ChoiceFieldVM(
                    kind: .radio, name: "smoother", id: "smoother", legend: "Which looks smoother?",
                    choices: [
                        ChoiceVM(value: "left", label: "Photo A (left)"),
                        ChoiceVM(value: "right", label: "Photo B (right)"),
                        ChoiceVM(value: "same", label: "They look the same"),
                    ])),
            FormUI.submit("Show the dates"))
    }
}
