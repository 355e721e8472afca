import Plot

/// Sign up and log in: POST forms with a CSRF token, the error summary first.
public enum AccountFormView {
    public static func render(_ model: AccountFormVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "account-form",
            [
                FormUI.errorSummary(model.errors),
                .el("h1", .safe(model.heading)),
                .el("p", .attr("class", "lead"), .safe(model.intro)),
                .el(
                    "form",
                    [
                        .attr("method", "post"), .attr("action", model.action), .attr("novalidate", "novalidate"),
                        .attr("class", "questionnaire"),
                        FormUI.hidden("csrfToken", model.csrfToken),
                        FormUI.textField(model.email),
                        FormUI.textField(model.password),
                    ]
                        + model.carried.map { FormUI.hidden($0.name, $0.value) }
                        + [.el("div", .attr("class", "button-row"), FormUI.submit(model.submitLabel))]),
                .el("p", H.link(model.other.name, to: model.other.href)),
            ])
    }
}
