/// Why ticks for a day were refused. Nothing is stored alongside it.
public enum RoutineTickError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The body is not JSON at all, or not an object.
    case malformed(String)
    /// Every problem found, in field order.
    case invalid([RoutineTickProblem])

    public var problems: [RoutineTickProblem] {
        switch self {
        case .malformed: []
        case .invalid(let problems): problems
        }
    }

    /// One per bad field ("date", "done[1]"): what a 422 problem body lists.
    public var fieldErrors: [FieldError] { problems.map(\.fieldError) }

    public var description: String {
        switch self {
        case .malformed(let reason): "routine ticks are not valid JSON: \(reason)"
        case .invalid: fieldErrors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        }
    }
}

public enum RoutineTickProblem: Sendable, Hashable {
    /// A day that has not come yet cannot have been done.
    case dateInFuture(date: LocalDate, today: LocalDate)
    /// A treatment that was not in the routine in force that day.
    case notInRoutine(treatment: String, index: Int, date: LocalDate)
    /// The JSON has a missing, mistyped or unknown field, or the date is not `YYYY-MM-DD`.
    case field(FieldError)

    public var fieldError: FieldError {
        switch self {
        case let .dateInFuture(date, today):
            FieldError(
                field: "date", message: "\(date) is after today (\(today)); only days that have come can be ticked")
        case let .notInRoutine(treatment, index, date):
            FieldError(
                field: "done[\(index)]",
                message: "\"\(treatment.prefix(60))\" is not in the routine for \(date)")
        case .field(let error):
            error
        }
    }
}
