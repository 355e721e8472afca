import Plot

/// `GET /dashboard/checkins/{id}`: what the check-in recorded, and its form.
public enum CheckInEditView {
    public static func render(_ model: CheckInEditVM) -> HTML {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe(model.heading)),
                UI.facts(model.facts.map { ($0.label, .safe($0.value)) }),
                .el(
                    "p", H.link("Answer the check again", to: model.redoHref),
                    .safe(" to replace these answers; the date and notes stay unless you change them.")),
                CheckInFormView.render(model.form),
                .el("p", H.link("All your check-ins", to: .checkIns)),
            ])
    }
}

/// `GET /dashboard/checkins/{id}/delete`: one question, one button, and a way back.
public enum CheckInDeleteView {
    public static func render(_ model: CheckInDeleteVM) -> HTML {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe(model.heading)),
                UI.facts(model.facts.map { ($0.label, .safe($0.value)) }),
                H.p(
                    "Deleting removes it, and any photos kept with it, from your history and your charts. It cannot be undone."
                ),
                .el(
                    "form", .attr("method", "post"), .attr("action", model.action),
                    FormUI.hidden("csrfToken", model.csrfToken),
                    .el(
                        "div", .attr("class", "button-row"), FormUI.submit("Delete this check-in"),
                        UI.buttonLink("Keep it", to: model.keepHref, secondary: true))),
            ])
    }
}
