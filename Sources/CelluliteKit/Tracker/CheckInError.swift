/// Why a check-in was refused. Nothing is stored alongside it.
public enum CheckInError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The body is not JSON at all, or not an object.
    case malformed(String)
    /// Every problem found, in field order.
    case invalid([CheckInProblem])

    public var problems: [CheckInProblem] {
        switch self {
        case .malformed: []
        case .invalid(let problems): problems
        }
    }

    /// One per bad field, named as in the JSON contract ("date", "assessment.items[2]", "notes"):
    /// what a 422 problem body lists.
    public var fieldErrors: [FieldError] { problems.map(\.fieldError) }

    public var description: String {
        switch self {
        case .malformed(let reason): "check-in is not valid JSON: \(reason)"
        case .invalid: fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        }
    }
}

/// One problem with one field of a check-in.
public enum CheckInProblem: Sendable, Hashable {
    /// The date is after today: a check-in records what was seen, not what will be.
    case dateInFuture(date: LocalDate, today: LocalDate)
    case notesTooLong(characters: Int)
    /// A control character other than tab or a line break in the notes.
    case notesControlCharacter
    /// The assessment's answers cannot be scored.
    case assessment(AssessmentError)
    /// The JSON has a missing, mistyped or unknown field.
    case field(FieldError)

    public var fieldError: FieldError {
        switch self {
        case let .dateInFuture(date, today):
            FieldError(field: "date", message: "\(date) is after today (\(today)); a check-in cannot be in the future")
        case .notesTooLong(let count):
            FieldError(
                field: "notes",
                message: "must be at most \(CheckInDraft.maxNotesCharacters) characters (got \(count))")
        case .notesControlCharacter:
            FieldError(field: "notes", message: "must not contain control characters other than tabs and line breaks")
        case .assessment(let error):
            FieldError(field: Self.field(of: error), message: error.description)
        case .field(let error):
            error
        }
    }

    /// Where in `assessment` the scoring problem lies, named as the request names it.
    private static func field(of error: AssessmentError) -> String {
        switch error {
        case .wrongItemCount: "assessment.items"
        case .itemOutOfRange(let item, _):
            "assessment.items[\(HexselCSSItem.allCases.firstIndex(of: item) ?? 0)]"
        // The only combination no stage describes is "dimpled lying, smooth standing".
        case .contradictoryObservations: "assessment.lying"
        case .scoreOutOfRange: "assessment.level"
        case .scaleMismatch: "assessment.scale"
        }
    }
}
