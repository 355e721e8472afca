import Plot

/// One step of the skin check: a GET form, so Back and reload never resend anything and the
/// answers so far travel in hidden fields instead of a session.
public enum SkinCheckStepView {
    public static func render(_ model: SkinCheckStepVM) -> Page {
        Layout.page(
            model.chrome,
            [
                model.back.map { .el("p", .attr("class", "back-link"), H.link($0.name, to: $0.href)) } ?? .empty,
                FormUI.errorSummary(model.errors),
                model.progress.map { .el("p", .attr("class", "progress"), .safe($0)) } ?? .empty,
                model.heading.map { .el("h1", .safe($0)) } ?? .empty,
                model.intro.map { .el("p", .attr("class", "lead"), .safe($0)) } ?? .empty,
                model.showHowToLook ? howToLook() : .empty,
                .el(
                    "form",
                    [
                        .attr("method", "get"), .attr("action", SiteURL.assess()), .attr("novalidate", "novalidate"),
                        .attr("class", "assess-form"),
                        .group(model.hidden.map { FormUI.hidden($0.name, $0.value) }),
                        .group(model.questions.map(question)),
                        .el(
                            "div",
                            [
                                .attr("class", "button-row"),
                                FormUI.submit(model.continueLabel, name: "go", value: model.continueTarget),
                            ]),
                    ]),
                .el("p", .attr("class", "hint"), .safe(model.privacyNote)),
                .el("p", .attr("class", "hint"), .safe(model.notADiagnosis)),
            ])
    }

    /// A radio group in the GOV.UK pattern; on one-question steps its legend is the page heading.
    private static func question(_ question: SkinCheckQuestionVM) -> BodyNode {
        let field = question.field
        let hintID = "\(field.id)-hint"
        let errorID = "\(field.id)-error"
        let drawingsID = "\(field.id)-drawings"
        let describedBy = [
            field.hint == nil ? nil : hintID, question.drawings.isEmpty ? nil : drawingsID,
            field.error == nil ? nil : errorID,
        ].compactMap { $0 }.joined(separator: " ")
        let legend: BodyNode =
            question.legendIsHeading
            ? .el("legend", .attr("class", "legend legend-heading"), .el("h1", .safe(field.legend)))
            : .el("legend", .attr("class", "legend"), .safe(field.legend))
        return FormUI.fieldsetGroup(
            hasError: field.error != nil, describedBy: describedBy,
            [
                legend,
                field.hint.map { .el("p", .attr("class", "hint"), .attr("id", hintID), .safe($0)) } ?? .empty,
                question.drawings.isEmpty
                    ? .empty
                    : ReferenceDrawingsView.figure(
                        question.drawings, caption: question.drawingsCaption, id: drawingsID),
                FormUI.errorMessage(field.id, field.error),
                .el(
                    "div",
                    [.attr("class", question.drawings.isEmpty ? "choices" : "choices choices-after-drawings")]
                        + field.choices.enumerated().map { index, choice in
                            option(
                                choice, inputID: index == 0 ? field.id : "\(field.id)-\(index + 1)",
                                name: field.name)
                        }),
            ])
    }

    private static func option(_ choice: ChoiceVM, inputID: String, name: String) -> BodyNode {
        let hintID = "\(inputID)-item-hint"
        return .el(
            "div",
            [
                .attr("class", "choice"),
                .selfClosedElement(
                    named: "input",
                    attributes: [
                        .attr("type", "radio"), .attr("id", inputID), .attr("name", name),
                        .attr("value", choice.value), .flag("checked", choice.isSelected),
                        choice.hint == nil ? .empty : .attr("aria-describedby", hintID),
                    ]),
                .el("label", .attr("for", inputID), .attr("class", "choice-label"), .safe(choice.label)),
                choice.hint.map { .el("p", .attr("class", "hint choice-hint"), .attr("id", hintID), .safe($0)) }
                    ?? .empty,
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
                    "These scales work for every skin tone: judge the shape of the skin, not its colour.",
                ]),
            ])
    }
}
