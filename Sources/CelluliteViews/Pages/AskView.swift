import Plot

public enum AskView {
    public static func render(_ model: AskVM) -> Page {
        Layout.page(
            model.chrome,
            [
                model.error.map { FormUI.errorSummary([FormErrorVM(fieldID: "field-q", message: $0)]) } ?? .empty,
                .el("h1", .safe("Ask a question about cellulite")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "We answer from our knowledge base, with the sources. If we have nothing on your question, we say so "
                            + "instead of guessing.")),
                .el(
                    "form",
                    [
                        .attr("method", "get"), .attr("action", SiteURL.ask()), .attr("class", "ask-form"),
                        .attr("role", "search"),
                        FormUI.textField(
                            TextFieldVM(
                                name: "q", id: "field-q", label: "Your question",
                                hint: "For example: Does caffeine cream work?", value: model.query, error: model.error,
                                inputMode: nil, prefix: nil, suffix: nil, width: "width-full")),
                        FormUI.submit("Ask"),
                    ]),
                results(model),
                model.answers == nil || model.answers?.isEmpty == true
                    ? .el(
                        "div",
                        [
                            .attr("class", "examples"),
                            .el("h2", .safe("Questions people ask")),
                            H.ul(model.examples.map { H.link($0.name, to: $0.href) }),
                        ])
                    : .empty,
            ])
    }

    private static func results(_ model: AskVM) -> BodyNode {
        guard let answers = model.answers else { return .empty }
        if answers.isEmpty {
            return .el(
                "section",
                [
                    .attr("class", "no-answer"), .attr("aria-labelledby", "no-answer-heading"),
                    .el("h2", .attr("id", "no-answer-heading"), H.symbol("?"), .safe(" I don’t know")),
                    .el(
                        "p",
                        .safe(
                            "Our knowledge base has nothing that answers “\(model.query)”. We would rather say so than guess."
                        )),
                    .el(
                        "p", .safe("Try asking in other words, browse the "), H.link("treatments", to: .treatments),
                        .safe(
                            ", or ask a dermatologist. If your question is about pain, a lump, or skin that is changing quickly, "
                                + "please see a doctor.")),
                    .el(
                        "p", .safe("Or answer a few questions and "), H.link("get a plan that fits you", to: .plan()),
                        .safe(": it says what could help, what to leave out and why.")),
                ])
        }
        return .el(
            "section",
            [
                .attr("aria-labelledby", "answers-heading"),
                .el(
                    "h2", .attr("id", "answers-heading"),
                    .safe(answers.count == 1 ? "1 answer" : "\(answers.count) answers, best first")),
                .el(
                    "ol",
                    [.attr("class", "answers card-list")]
                        + answers.map { answer in
                            .el(
                                "li",
                                [
                                    .attr("class", "card answer"),
                                    .el("h3", .attr("class", "card-title"), .safe(answer.question)),
                                    .el("p", .attr("class", "answer-text"), .safe(answer.answer)),
                                    .el("p", .el("strong", .safe("What the evidence says: ")), .safe(answer.evidence)),
                                    answer.confidenceNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                                    answer.terms.isEmpty ? .empty : .el("p", UI.termNotes(answer.terms)),
                                    .el(
                                        "p", .attr("class", "card-sources"), .safe("Sources: "),
                                        UI.citationLinks(answer.citations)),
                                    answer.readMore.map { .el("p", H.link($0.name, to: $0.href)) } ?? .empty,
                                ])
                        }),
            ])
    }
}
