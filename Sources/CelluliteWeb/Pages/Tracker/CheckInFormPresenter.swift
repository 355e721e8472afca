import CelluliteKit
import CelluliteViews

/// Words the check-in form: for a new result, for new answers to a stored check-in, or for a
/// stored check-in's date, site and notes.
enum CheckInFormPresenter {
    /// What the form is for.
    enum Purpose {
        /// Keep a skin-check result as a new check-in.
        case new
        /// Replace the answers of a stored check-in with this result.
        case newAnswers(for: CheckIn)
        /// Change a stored check-in's date, site or notes.
        case details(of: CheckIn)
    }

    static func model(
        _ purpose: Purpose, form: CheckInForm, scale: SeverityScaleID, answers: [HiddenFieldVM], csrfToken: String,
        today: LocalDate, errors: CheckInFormErrors? = nil
    ) -> CheckInFormVM {
        let (heading, intro, action, submit, deleteHref): (String, String, SiteURL, String, SiteURL?)
        switch purpose {
        case .new:
            (heading, intro, action, submit, deleteHref) = (
                "Keep this result as a check-in",
                "A check-in adds this score to your progress chart. Only you can see it.",
                .checkIns, "Save as a check-in", nil
            )
        case .newAnswers(let stored):
            (heading, intro, action, submit, deleteHref) = (
                "Replace the answers of your check-in",
                "This result replaces the answers of your check-in of \(Present.dateText(stored.date.iso)).",
                .checkIn(id: stored.id.uuidString), "Save the new answers", nil
            )
        case .details(let stored):
            (heading, intro, action, submit, deleteHref) = (
                "Change the date or notes", "The score stays as it is.", .checkIn(id: stored.id.uuidString),
                "Save changes", .checkInDelete(id: stored.id.uuidString)
            )
        }
        return CheckInFormVM(
            heading: heading, intro: intro, action: action, csrfToken: csrfToken, answers: answers,
            date: TextFieldVM(
                name: "date", id: CheckInForm.dateID, label: "Date of the check",
                hint: "Today is filled in. Change it to record a check you did earlier.", value: form.dateText,
                error: errors?.message(for: CheckInForm.dateID), width: "width-10", inputType: "date",
                max: today.iso),
            site: scale == .hexselCSS ? siteField(form, error: errors?.message(for: CheckInForm.siteID)) : nil,
            notes: TextFieldVM(
                name: "notes", id: CheckInForm.notesID, label: "Notes (optional)",
                hint:
                    "Anything that helps you compare later: the light, the time of day, what you changed. At most "
                    + "\(CheckInDraft.maxNotesCharacters.formatted()) characters.",
                value: form.notes, error: errors?.message(for: CheckInForm.notesID), width: "width-full"),
            errors: (errors?.all ?? []).map { FormErrorVM(fieldID: $0.fieldID, message: $0.message) },
            submitLabel: submit, deleteHref: deleteHref)
    }

    private static func siteField(_ form: CheckInForm, error: String?) -> ChoiceFieldVM {
        let sites =
            [(CheckInForm.noSite, "Not recorded")] + BodySite.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }
        return ChoiceFieldVM(
            kind: .radio, name: "site", id: CheckInForm.siteID, legend: "Where did you do the check?",
            hint:
                "The Hexsel scale scores one site at a time. Each site gets its own chart, so pick the same one each time.",
            choices: sites.map { ChoiceVM(value: $0.0, label: $0.1, isSelected: form.siteText == $0.0) }, error: error)
    }
}
