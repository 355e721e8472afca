import Foundation

/// One dated assessment a person records to follow their progress (ARCHITECTURE 3.6).
/// Several check-ins may share a date; `createdAt` orders them.
public struct CheckIn: Sendable, Hashable, Identifiable {
    public typealias ID = TypedID<CheckIn>

    public let id: ID
    /// The day the person assessed, which may be earlier than the day they recorded it.
    public let date: LocalDate
    public let assessment: ScoredAssessment
    public let notes: String
    public let createdAt: Date

    /// A new check-in: every field is checked (`CheckInDraft.validate`), all problems reported together.
    public init(id: ID, draft: CheckInDraft, createdAt: Date, today: LocalDate) throws(CheckInError) {
        let assessment = try draft.validate(today: today)
        self.init(id: id, date: draft.date, assessment: assessment, notes: draft.notes, createdAt: createdAt)
    }

    /// A check-in read back from storage. The date is not checked against today (it was when it was
    /// recorded, and a time-zone change must not make history unreadable); the answers are re-scored.
    public init(
        restoring id: ID, date: LocalDate, input: AssessmentInput, notes: String, createdAt: Date
    ) throws(CheckInError) {
        let draft = CheckInDraft(date: date, assessment: input, notes: notes)
        let assessment = try draft.validate(today: .maximum)
        self.init(id: id, date: date, assessment: assessment, notes: notes, createdAt: createdAt)
    }

    private init(id: ID, date: LocalDate, assessment: ScoredAssessment, notes: String, createdAt: Date) {
        self.id = id
        self.date = date
        self.assessment = assessment
        self.notes = notes
        self.createdAt = createdAt
    }

    /// `PUT /api/me/checkins/{id}`: new fields, the same id and creation time.
    public func replaced(with draft: CheckInDraft, today: LocalDate) throws(CheckInError) -> CheckIn {
        try CheckIn(id: id, draft: draft, createdAt: createdAt, today: today)
    }

    /// Oldest first: by date, then by when it was recorded, then by id so the order is total.
    public static func chronologically(_ lhs: CheckIn, _ rhs: CheckIn) -> Bool {
        (lhs.date, lhs.createdAt, lhs.id) < (rhs.date, rhs.createdAt, rhs.id)
    }
}

extension CheckIn: Encodable {
    private enum CodingKeys: String, CodingKey { case id, date, assessment, notes, createdAt }

    /// `{"id", "date", "assessment", "notes", "createdAt"}` with `createdAt` in RFC 3339 UTC.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(assessment, forKey: .assessment)
        try container.encode(notes, forKey: .notes)
        try container.encode(UTCTimestamp(createdAt).rfc3339, forKey: .createdAt)
    }
}
