/// The form that keeps a skin-check result as a check-in, or changes a stored one. It works as a
/// plain POST without script; the answers ride along as hidden fields.
enum CheckInFormView {
    static func render(_ form: CheckInFormVM, headingLevel: Int = 2) -> Markup {
        .el(
            "section",
            .attr("class", "checkin-form"), .attr("id", "checkin"), .attr("aria-labelledby", "checkin-heading"),
            H.heading(headingLevel, form.heading, id: "checkin-heading"),
            .el("p", .safe(form.intro)),
            FormUI.errorSummary(form.errors),
            .el(
                "form",
                [
                    .attr("method", "post"), .attr("action", form.action), .attr("class", "questionnaire"),
                    .attr("novalidate", "novalidate"),
                    FormUI.hidden("csrfToken", form.csrfToken),
                    .forEach(form.answers) { FormUI.hidden($0.name, $0.value) },
                    FormUI.textField(form.date),
                    form.site.map(FormUI.choiceField) ?? .empty,
                    FormUI.textArea(form.notes),
                    .el("div", .attr("class", "button-row"), FormUI.submit(form.submitLabel)),
                ]),
            form.deleteHref.map { .el("p", H.link("Delete this check-in", to: $0)) } ?? .empty)
    }
}
