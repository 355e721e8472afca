import Plot

/// `GET /dashboard/checkins/{id}`: what the check-in recorded, and its form.
public enum CheckInEditView {
    public static func render(_ model: CheckInEditVM) -> Page {
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
