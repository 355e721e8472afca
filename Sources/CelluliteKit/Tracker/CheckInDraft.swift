/// The fields of a check-in as a person sends them (`POST /api/me/checkins`), before checking.
public struct CheckInDraft: Sendable, Hashable {
    public static let maxNotesCharacters = 2_000

    public var date: LocalDate
    public var assessment: AssessmentInput
    /// Free text; empty when none was given.
    public var notes: String

    public init(date: LocalDate, assessment: AssessmentInput, notes: String = "") {
        self.date = date
        self.assessment = assessment
        self.notes = notes
    }

    /// Checks every field and scores the assessment; throws every problem at once, in field order.
    public func validate(today: LocalDate) throws(CheckInError) -> ScoredAssessment {
        var problems: [CheckInProblem] = []
        if date > today { problems.append(.dateInFuture(date: date, today: today)) }
        var scored: ScoredAssessment?
        do {
            scored = try assessment.scored()
        } catch {
            problems.append(.assessment(error))
        }
        problems += Self.problems(notes: notes)
        guard let scored, problems.isEmpty else { throw .invalid(problems) }
        return scored
    }

    /// The notes rules: at most 2,000 characters, counted as a person counts them (the
    /// request-body limit bounds the bytes), and no control characters but tab and line breaks.
    static func problems(notes: String) -> [CheckInProblem] {
        var problems: [CheckInProblem] = []
        let count = notes.count
        if count > maxNotesCharacters { problems.append(.notesTooLong(characters: count)) }
        if notes.unicodeScalars.contains(where: isForbiddenInNotes) { problems.append(.notesControlCharacter) }
        return problems
    }

    /// Control characters other than tab and line breaks: PostgreSQL refuses NUL in text, and
    /// the others only hide or garble what is shown.
    private static func isForbiddenInNotes(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
    }
}
