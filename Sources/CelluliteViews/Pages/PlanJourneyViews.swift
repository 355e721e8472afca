import Plot

/// One step of the plan questions: a GET form, so the answers stay in the address.
public enum PlanStepView {
    public static func render(_ model: PlanStepVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "plan-step",
            [
                .el("p", .attr("class", "back-link"), H.link(model.back.name, to: model.back.href)),
                FormUI.errorSummary(model.errors),
                .el("p", .attr("class", "progress"), .safe(model.progress)),
                .el("h1", .safe(model.heading)),
                model.intro.map { .el("p", .attr("class", "lead"), .safe($0)) } ?? .empty,
                model.showPrivacyNote ? privacyNote() : .empty,
                .el(
                    "form",
                    [
                        .attr("method", "get"), .attr("action", model.action), .attr("novalidate", "novalidate"),
                        .attr("class", "questionnaire"),
                    ]
                        + model.fields.map(field)
                        + model.hidden.map { FormUI.hidden($0.name, $0.value) }
                        + [.el("div", .attr("class", "button-row"), FormUI.submit("Continue"))]),
            ])
    }

    static func privacyNote() -> BodyNode {
        .el(
            "p", .attr("class", "privacy-note"),
            .el("strong", .safe("Privacy: ")),
            .safe(
                "We do not save your answers on our server. They travel in the page address, so your browser’s "
                    + "history keeps them, and anyone you share that address with can see them."))
    }

    private static func field(_ field: QuestionFieldVM) -> BodyNode {
        switch field {
        case .text(let text): FormUI.textField(text)
        case .choice(let choice): FormUI.choiceField(choice)
        }
    }
}

/// "Check your answers" (GOV.UK summary list): every answer with a Change link, then the plan.
public enum CheckAnswersView {
    public static func render(_ model: CheckAnswersVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "plan-check",
            [
                .el("p", .attr("class", "back-link"), H.link(model.back.name, to: model.back.href)),
                .el("h1", .safe("Check your answers")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe("Change any answer here; nothing else you entered is lost. Then see your plan.")),
                .group(
                    model.groups.enumerated().map { index, group in
                        H.section(
                            id: "answers-\(index + 1)", heading: group.title, class: "answer-group",
                            [summaryList(group.rows)])
                    }),
                .el("div", .attr("class", "button-row"), UI.buttonLink("Show my plan", to: model.planHref)),
            ])
    }

    static func summaryList(_ rows: [AnswerRowVM]) -> BodyNode {
        .el(
            "dl",
            [.attr("class", "summary-list")]
                + rows.map { row in
                    .el(
                        "div",
                        .attr("class", "summary-row"),
                        .el("dt", .attr("class", "summary-key"), .safe(row.label)),
                        .el("dd", .attr("class", "summary-value"), .safe(row.value)),
                        .el(
                            "dd", .attr("class", "summary-action"),
                            .el(
                                "a", .attr("href", row.changeHref), .safe("Change"),
                                .el("span", .attr("class", "visually-hidden"), .safe(" " + row.label.lowercased())))))
                })
    }
}
