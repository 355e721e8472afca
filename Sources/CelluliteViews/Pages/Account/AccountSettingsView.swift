import Plot

/// Your account: take everything away (export), the reminders for a phone's calendar, a new
/// password, and deletion, which says what it removes before it asks.
public enum AccountSettingsView {
    public static func render(_ model: AccountSettingsVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "account-settings",
            [
                FormUI.errorSummary(model.errors),
                .el("h1", .safe("Your account")),
                .el("p", .attr("class", "lead"), .safe("Signed in as \(model.email).")),
                model.note.map { .el("p", .attr("class", "callout"), .attr("role", "status"), .safe($0)) } ?? .empty,
                H.section(
                    id: "your-data", heading: "Your data",
                    [
                        H.ul([
                            H.link("Download everything we keep for you (a zip with data.json)", to: .accountExport),
                            H.link("Add the routine and check-in reminders to your calendar", to: .accountCalendar),
                            H.link("Back to your routine", to: .dashboard),
                        ])
                    ]),
                H.section(
                    id: "change-password", heading: "Change your password",
                    [
                        form(
                            .accountPassword, model.csrfToken,
                            [FormUI.textField(model.currentPassword), FormUI.textField(model.newPassword)],
                            submit: "Change password")
                    ]),
                H.section(
                    id: "delete-account", heading: "Delete your account",
                    [
                        H.p(
                            "This removes your account, your saved plan, your routine and every check-in, at once "
                                + "and for good. Download them first if you want to keep them."),
                        form(
                            .accountDelete, model.csrfToken, [FormUI.textField(model.deletePassword)],
                            submit: "Delete my account and everything in it"),
                    ]),
            ])
    }

    private static func form(_ action: SiteURL, _ csrfToken: String, _ fields: [BodyNode], submit: String) -> BodyNode {
        .el(
            "form",
            [
                .attr("method", "post"), .attr("action", action), .attr("novalidate", "novalidate"),
                .attr("class", "questionnaire"), FormUI.hidden("csrfToken", csrfToken),
            ] + fields + [.el("div", .attr("class", "button-row"), FormUI.submit(submit))])
    }
}
