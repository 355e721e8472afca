import Plot

/// Form controls in the GOV.UK pattern: visible label, hint, error message beside the field,
/// and an error summary at the top that links to each field.
enum FormUI {
    static func errorSummary(_ errors: [FormErrorVM]) -> BodyNode {
        guard !errors.isEmpty else { return .empty }
        return .el(
            "div",
            [
                .attr("class", "error-summary"),
                .attr("id", "error-summary"),
                .attr("role", "alert"),
                .attr("aria-labelledby", "error-summary-title"),
                .attr("tabindex", "-1"),
                .el(
                    "h2", .attr("id", "error-summary-title"), H.symbol("✖"),
                    .safe(
                        errors.count == 1
                            ? " There is a problem with your answer" : " There is a problem with your answers")),
                .el(
                    "p",
                    .safe(
                        "Fix the \(errors.count == 1 ? "answer" : "answers") below. Everything else you entered is kept."
                    )),
                .el(
                    "ul",
                    [.attr("class", "error-summary-list")]
                        + errors.map { error in
                            .el(
                                "li",
                                .el(
                                    "a", .attr("href", error.href ?? .onThisPage(id: error.fieldID)),
                                    .safe(error.message)))
                        }),
            ])
    }

    private static func hintID(_ id: String) -> String { "\(id)-hint" }
    private static func errorID(_ id: String) -> String { "\(id)-error" }

    static func errorMessage(_ id: String, _ error: String?) -> BodyNode {
        guard let error else { return .empty }
        return .el(
            "p", .attr("class", "error-message"), .attr("id", errorID(id)),
            .el("span", .attr("class", "visually-hidden"), .safe("Error: ")), H.symbol("✖ "), .safe(error))
    }

    static func textField(_ field: TextFieldVM) -> BodyNode {
        let input: BodyNode = .selfClosedElement(
            named: "input",
            attributes: [
                .attr("type", field.inputType),
                .attr("id", field.id),
                .attr("name", field.name),
                .attr("value", field.value),
                .attr("class", "input \(field.width)\(field.error == nil ? "" : " input-error")"),
                field.inputMode.map { .attr("inputmode", $0) } ?? .empty,
                field.inputMode == "numeric" ? .attr("pattern", "[0-9]*") : .empty,
                field.min.map { .attr("min", $0) } ?? .empty,
                field.max.map { .attr("max", $0) } ?? .empty,
                .attr("autocomplete", field.autocomplete ?? "off"),
                .attr("spellcheck", "false"),
                describedBy(field),
            ])
        return formGroup(
            field,
            .el(
                "div",
                [
                    .attr("class", "input-wrapper"),
                    field.prefix.map {
                        .el("span", .attr("class", "input-prefix"), .attr("aria-hidden", "true"), .safe($0))
                    } ?? .empty,
                    input,
                    field.suffix.map { .el("span", .attr("class", "input-suffix"), .safe($0)) } ?? .empty,
                ]))
    }

    /// A multi-line text box with the same label, hint and error as `textField`.
    static func textArea(_ field: TextFieldVM, rows: Int = 4) -> BodyNode {
        formGroup(
            field,
            .el(
                "textarea", .attr("id", field.id), .attr("name", field.name), .attr("rows", "\(rows)"),
                .attr("class", "input textarea \(field.width)\(field.error == nil ? "" : " input-error")"),
                describedBy(field),
                // The parser drops the first line break after the tag, so one is written.
                .safe("\n" + field.value)))
    }

    /// The label, hint and error around a text control.
    private static func formGroup(_ field: TextFieldVM, _ control: BodyNode) -> BodyNode {
        .el(
            "div",
            [
                .attr("class", field.error == nil ? "form-group" : "form-group form-group-error"),
                .el("label", .attr("class", "label"), .attr("for", field.id), .safe(field.label)),
                field.hint.map { .el("p", .attr("class", "hint"), .attr("id", hintID(field.id)), .safe($0)) } ?? .empty,
                errorMessage(field.id, field.error),
                control,
            ])
    }

    /// `aria-describedby` naming the hint and the error, and `aria-invalid` with an error.
    private static func describedBy(_ field: TextFieldVM) -> BodyNode {
        let ids = [field.hint == nil ? nil : hintID(field.id), field.error == nil ? nil : errorID(field.id)]
            .compactMap { $0 }.joined(separator: " ")
        return .group(
            ids.isEmpty ? .empty : .attr("aria-describedby", ids),
            field.error == nil ? .empty : .attr("aria-invalid", "true"))
    }

    static func choiceField(_ field: ChoiceFieldVM) -> BodyNode {
        let describedBy = [
            field.hint == nil ? nil : hintID(field.id), field.whyWeAsk == nil ? nil : "\(field.id)-why",
            field.error == nil ? nil : errorID(field.id),
        ].compactMap { $0 }.joined(separator: " ")
        let items: [BodyNode] = field.choices.enumerated().map { index, choice in
            let inputID = index == 0 ? field.id : "\(field.id)-\(index + 1)"
            let choiceHintID = "\(inputID)-item-hint"
            return .el(
                "div",
                [
                    .attr("class", "choice"),
                    .selfClosedElement(
                        named: "input",
                        attributes: [
                            .attr("type", field.kind.rawValue),
                            .attr("id", inputID),
                            .attr("name", field.name),
                            .attrKeepingEmpty("value", choice.value),
                            .flag("checked", choice.isSelected),
                            choice.hint == nil ? .empty : .attr("aria-describedby", choiceHintID),
                        ]),
                    .el("label", .attr("for", inputID), .attr("class", "choice-label"), .safe(choice.label)),
                    choice.hint.map {
                        .el("p", .attr("class", "hint choice-hint"), .attr("id", choiceHintID), .safe($0))
                    } ?? .empty,
                ])
        }
        return fieldsetGroup(
            hasError: field.error != nil, describedBy: describedBy,
            [
                .el("legend", .attr("class", "legend"), .safe(field.legend)),
                field.hint.map { .el("p", .attr("class", "hint"), .attr("id", hintID(field.id)), .safe($0)) }
                    ?? .empty,
                field.whyWeAsk.map {
                    .el(
                        "p", .attr("class", "why-we-ask"), .attr("id", "\(field.id)-why"),
                        .el("strong", .safe("Why we ask: ")), .safe($0))
                } ?? .empty,
                errorMessage(field.id, field.error),
                .el("div", [.attr("class", field.inline ? "choices choices-inline" : "choices")] + items),
            ])
    }

    /// A question of choices: its form group (marked when in error) around a fieldset that names
    /// its hint, drawings and error for screen readers.
    static func fieldsetGroup(hasError: Bool, describedBy: String, _ nodes: [BodyNode]) -> BodyNode {
        .el(
            "div",
            [
                .attr("class", hasError ? "form-group form-group-error" : "form-group"),
                .el(
                    "fieldset",
                    [
                        .attr("class", "fieldset"),
                        describedBy.isEmpty ? .empty : .attr("aria-describedby", describedBy),
                    ] + nodes),
            ])
    }

    static func submit(_ text: String, name: String? = nil, value: String? = nil, secondary: Bool = false) -> BodyNode {
        .el(
            "button",
            [
                .attr("type", "submit"),
                .attr("class", secondary ? "button button-secondary" : "button"),
                name.map { .attr("name", $0) } ?? .empty,
                value.map { .attr("value", $0) } ?? .empty,
                .safe(text),
            ])
    }

    static func hidden(_ name: String, _ value: String) -> BodyNode {
        .selfClosedElement(
            named: "input",
            attributes: [
                .attr("type", "hidden"), .attr("name", name),
                .attrKeepingEmpty("value", value),
            ])
    }
}
