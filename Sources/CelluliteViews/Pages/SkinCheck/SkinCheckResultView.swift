import Plot

/// The skin check's result: "cellulite is normal" first, then the score in ordinary type, the
/// answers in the words the person saw (each with a Change link) and the way into the plan.
public enum SkinCheckResultView {
    public static func render(_ m: SkinCheckResultVM) -> Page {
        Layout.page(
            m.chrome,
            [
                .el("h1", .safe("Your result")),
                .el(
                    "section",
                    [
                        .attr("class", "reassurance"), .attr("id", "reassurance"),
                        .attr("aria-labelledby", "reassurance-heading"),
                        .el("h2", .attr("id", "reassurance-heading"), .safe("Cellulite is normal")),
                        UI.fact(m.reassurance),
                        .el("p", .safe(m.reassuranceMore)),
                    ]),
                H.section(
                    id: "score", heading: "What your answers add up to", class: "result-panel",
                    [
                        .el("p", .attr("class", "result-score"), .safe(m.score)),
                        .el("p", .safe(m.band)),
                        m.bandNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                        .el("p", .attr("class", "result-scale"), .safe(m.scale)),
                    ]),
                H.section(
                    id: "answers", heading: "Your answers",
                    [
                        .el(
                            "table",
                            [
                                .attr("class", "answer-table"),
                                .el(
                                    "caption", .attr("class", "visually-hidden"),
                                    .safe("Your answers, with links to change them")),
                                .el(
                                    "tbody",
                                    m.answers.map { row in
                                        .el(
                                            "tr",
                                            .el("th", .attr("scope", "row"), .safe(row.question)),
                                            .el("td", .safe(row.answer)),
                                            .el(
                                                "td", .attr("class", "answer-change"),
                                                .el(
                                                    "a", .attr("href", row.changeHref), .safe("Change"),
                                                    .el(
                                                        "span", .attr("class", "visually-hidden"),
                                                        .safe(" " + row.question.lowercased())))))
                                    }),
                            ])
                    ]),
                H.section(
                    id: "meaningful-change", heading: "What change would be meaningful?",
                    [
                        .el("p", .safe(m.meaningfulChange)),
                        m.meaningfulChangeNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                        .el(
                            "p",
                            .safe(
                                "Only compare results of the same check. A score on another scale cannot be compared with this one."
                            )),
                    ]),
                m.notes.isEmpty ? .empty : H.section(id: "notes", heading: "Good to know", [H.textList(m.notes)]),
                .el(
                    "p", .attr("class", "card-sources"), .safe("Sources for this scale: "),
                    UI.citationLinks(m.citations)),
                m.checkIn.map { CheckInFormView.render($0) } ?? .empty,
                H.section(
                    id: "next", heading: "What next?", class: "next-step",
                    [
                        .el("p", .safe(m.planHint)),
                        .el(
                            "div",
                            [
                                .attr("class", "button-row"),
                                UI.buttonLink("Use this score in your plan", to: m.planHref),
                                UI.buttonLink("Do another check", to: m.againHref, secondary: true),
                            ]),
                    ]),
                .el("p", .attr("class", "hint"), .safe(m.notADiagnosis)),
            ])
    }
}
