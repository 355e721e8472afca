import CelluliteKit
import CelluliteViews
import Foundation

/// The date, site and notes of the check-in form, as sent, and what they become: a draft for the
/// domain to check, or the mistakes to show beside each field (nothing is stored then).
struct CheckInForm: Sendable {
    static let dateID = "checkin-date"
    static let siteID = "checkin-site"
    static let notesID = "checkin-notes"
    /// The site radio for "not recorded": an empty value would be dropped from the markup.
    static let noSite = "none"

    var dateText: String
    var siteText: String
    var notes: String

    init(dateText: String, siteText: String, notes: String) {
        self.dateText = dateText
        self.siteText = siteText
        self.notes = notes
    }

    /// What a stored check-in holds, to start the form from.
    init(_ checkIn: CheckIn) {
        self.init(
            dateText: checkIn.date.iso, siteText: checkIn.assessment.site?.rawValue ?? Self.noSite,
            notes: checkIn.notes)
    }

    /// The posted fields. Browsers send a text area's line breaks as CRLF; they are kept as LF.
    init(_ fields: QueryParameters) {
        self.init(
            dateText: (fields.first("date") ?? "").trimmingCharacters(in: .whitespaces),
            siteText: fields.first("site") ?? Self.noSite,
            notes: (fields.first("notes") ?? "").replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// Every mistake, keyed by field id, in the form's order.
    typealias Errors = [(fieldID: String, message: String)]

    /// The check-in these fields and `assessment` make, checked by the domain.
    func checkIn(
        id: CheckIn.ID, assessment: AssessmentInput, createdAt: Date, today: LocalDate, replacing: CheckIn? = nil
    ) -> Result<CheckIn, CheckInFormErrors> {
        var errors: Errors = []
        let date: LocalDate?
        do {
            date = try LocalDate(parsing: dateText)
        } catch {
            date = nil
            errors.append(
                (Self.dateID, dateText.isEmpty ? "Enter the date of the check" : "Enter a real date, like 2026-11-30"))
        }
        var input = assessment
        if case .hexselCSS(let items, _) = assessment {
            if siteText == Self.noSite {
                input = .hexselCSS(items: items, site: nil)
            } else if let site = BodySite(rawValue: siteText) {
                input = .hexselCSS(items: items, site: site)
            } else {
                errors.append((Self.siteID, "Choose where you did the check, or “Not recorded”"))
            }
        }
        // With a bad date the domain still checks the notes, on a date that cannot be refused.
        let draft = CheckInDraft(date: date ?? .minimum, assessment: input, notes: notes)
        do {
            let checkIn =
                if let replacing {
                    try replacing.replaced(with: draft, today: today)
                } else {
                    try CheckIn(id: id, draft: draft, createdAt: createdAt, today: today)
                }
            guard errors.isEmpty else { return .failure(CheckInFormErrors(errors)) }
            return .success(checkIn)
        } catch {
            return .failure(CheckInFormErrors(errors + error.problems.map(Self.message)))
        }
    }

    /// A domain problem in the words of the form.
    private static func message(_ problem: CheckInProblem) -> (fieldID: String, message: String) {
        switch problem {
        case .dateInFuture:
            (dateID, "The date must be today or earlier: a check-in records a check you have done")
        case .notesTooLong(let count):
            (
                notesID,
                "Notes must be \(CheckInDraft.maxNotesCharacters.formatted()) characters or fewer; these have \(count.formatted())"
            )
        case .notesControlCharacter:
            (notesID, "Notes can hold letters, numbers, punctuation and line breaks, but not control characters")
        case .assessment, .field:
            // The answers come from the skin check's own pages, which check them first.
            (dateID, "These answers cannot be scored. Do the check again: \(problem.fieldError.message)")
        }
    }
}

/// The form's mistakes, as one error value.
struct CheckInFormErrors: Error, Sendable {
    let all: CheckInForm.Errors

    init(_ all: CheckInForm.Errors) { self.all = all }

    func message(for fieldID: String) -> String? { all.first { $0.fieldID == fieldID }?.message }
}
