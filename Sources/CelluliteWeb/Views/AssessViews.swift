import Plot

enum AssessStepView {
    static func render(_ model: AssessStepVM) -> HTML {
        Layout.page(
            model.chrome,
            [
                FormUI.errorSummary(model.errors),
                model.progress.map { .el("p", .attr("class", "progress"), .safe($0)) } ?? .empty,
                .el("h1", .safe(model.heading)),
                model.intro.map { .el("p", .attr("class", "lead"), .safe($0)) } ?? .empty,
                model.showHowToLook ? howToLook() : .empty,
                .el(
                    "form",
                    [
                        .attr("method", "post"), .attr("action", "/assess"), .attr("novalidate", "novalidate"),
                        .attr("class", "assess-form"),
                        FormUI.hidden("csrfToken", model.csrfToken),
                        FormUI.hidden("step", model.step),
                        .group(model.hidden.map { FormUI.hidden($0.name, $0.value) }),
                        .group(model.fields.map(FormUI.choiceField)),
                        .el(
                            "div",
                            [
                                .attr("class", "button-row"),
                                FormUI.submit(model.continueLabel, name: "action", value: "next"),
                                model.canGoBack
                                    ? FormUI.submit("Back", name: "action", value: "back", secondary: true) : .empty,
                            ]),
                    ]),
                .el(
                    "p", .attr("class", "hint"),
                    .safe(
                        "Your answers are not saved. A self-check is not a diagnosis: if the skin is painful, hard, hot or red, "
                            + "or changing quickly, see a doctor.")),
            ])
    }

    private static func howToLook() -> BodyNode {
        .el(
            "details",
            [
                .attr("class", "details"),
                .el("summary", .safe("How to look at your skin")),
                H.textList([
                    "Use good, even light from the side or above; light from the side shows dimples best.",
                    "Stand relaxed, feet slightly apart, muscles loose.",
                    "Use a full-length mirror, or ask someone you trust to take a photo; you can also use a phone timer.",
                    "Check one area at a time, for example the back of one thigh.",
                    "These scales were written for all skin tones: judge the shape of the skin, not its colour.",
                ]),
            ])
    }
}

enum AssessResultView {
    static func render(_ m: AssessResultVM) -> HTML {
        Layout.page(
            m.chrome,
            [
                .el("h1", .safe("Your result")),
                .el(
                    "div",
                    [
                        .attr("class", "result-panel"),
                        .el("p", .attr("class", "result-scale"), .safe("\(m.scaleName), version \(m.version)")),
                        .el(
                            "p", .attr("class", "result-score"),
                            .el("span", .attr("class", "result-label"), .safe("Your \(m.scoreNoun): ")),
                            .el("strong", .safe(m.score))),
                        .el("p", .attr("class", "result-range"), .safe("Range: \(m.range).")),
                        .el("p", .attr("class", "result-band"), .safe("Band: "), .el("strong", .safe(m.band))),
                        m.bandDescription.map { .el("p", .safe($0)) } ?? .empty,
                        m.bandConfidenceNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                    ]),
                H.section(
                    id: "answers", heading: "Your answers",
                    [
                        .el(
                            "dl",
                            [.attr("class", "key-facts")]
                                + m.rows.flatMap { row -> [BodyNode] in
                                    [
                                        .el("dt", .safe(row.label)),
                                        .el("dd", .safe(row.value), UI.confidenceNote(row.confidenceNote)),
                                    ]
                                })
                    ]),
                H.section(
                    id: "meaningful-change", heading: "What change would be meaningful?",
                    [
                        .el("p", .safe(m.meaningfulChange)),
                        m.meaningfulChangeNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                        .el(
                            "p",
                            .safe(
                                "Only compare scores on the same scale and version. A score on another scale cannot be compared with this one."
                            )),
                    ]),
                m.notes.isEmpty && m.lowConfidence.isEmpty
                    ? .empty
                    : H.section(
                        id: "notes", heading: "Good to know",
                        [
                            H.textList(m.notes + m.lowConfidence)
                        ]),
                .el(
                    "p", .attr("class", "card-sources"), .safe("Sources for this scale: "),
                    UI.citationLinks(m.citations)),
                .el(
                    "div",
                    [
                        .attr("class", "button-row"),
                        UI.buttonLink("Use this score in your plan", to: m.planHref),
                        UI.buttonLink("Do another check", to: m.againHref, secondary: true),
                    ]),
                .el(
                    "p", .attr("class", "hint"),
                    .safe(
                        "Stored with the score: scale \(m.scaleID), version \(m.version). "
                            + "A self-check is not a diagnosis. Cellulite is normal and needs no treatment unless it bothers you."
                    )),
            ])
    }
}

enum MessagePageView {
    /// A simple page with a heading, some text and a link: not-found and bad-link pages.
    static func render(_ chrome: PageChrome, heading: String, text: String, link: TreatmentLinkVM) -> HTML {
        Layout.page(
            chrome,
            [
                .el("h1", .safe(heading)),
                .el("p", .attr("class", "lead"), .safe(text)),
                .el("p", H.link(link.name, to: link.href)),
            ])
    }
}
