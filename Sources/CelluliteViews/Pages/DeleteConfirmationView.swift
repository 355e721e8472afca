import Plot

/// `GET …/delete` of a check-in or a photo: one question, one button, and a way back.
public enum DeleteConfirmationView {
    public static func render(_ model: DeleteConfirmationVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe(model.heading)),
                UI.facts(model.facts.map { ($0.label, .safe($0.value)) }),
                H.p(model.consequence),
                .el(
                    "form", .attr("method", "post"), .attr("action", model.action),
                    FormUI.hidden("csrfToken", model.csrfToken),
                    .el(
                        "div", .attr("class", "button-row"), FormUI.submit(model.button),
                        UI.buttonLink("Keep it", to: model.keepHref, secondary: true))),
            ])
    }
}
