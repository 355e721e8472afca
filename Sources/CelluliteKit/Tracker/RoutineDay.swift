/// What a person ticked as done on one day (`PUT /api/me/routine/{date}`). Ticking replaces
/// the day's set; an empty set unticks everything.
public struct RoutineDay: Sendable, Hashable {
    public let date: LocalDate
    /// Treatment slugs.
    public let done: Set<String>

    /// Stored ticks, read back without checks: the routine they were checked against may since
    /// have been replaced, and history stays.
    public init(restoring date: LocalDate, done: Set<String>) {
        self.date = date
        self.done = done
    }

    /// Checks the ticks against the routine in force on `date`: never a future day (backdating is
    /// fine), and only that day's treatments. Throws every problem at once.
    public init(
        date: LocalDate, done: some Sequence<String>, history: RoutineHistory, today: LocalDate
    ) throws(RoutineTickError) {
        var problems: [RoutineTickProblem] = []
        if date > today { problems.append(.dateInFuture(date: date, today: today)) }
        let routine = history.routine(on: date)
        let done = Array(done)
        for (index, treatment) in done.enumerated() where !routine.contains(treatment) {
            problems.append(.notInRoutine(treatment: treatment, index: index, date: date))
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        self.init(restoring: date, done: Set(done))
    }
}

extension RoutineDay: Encodable {
    private enum CodingKeys: String, CodingKey { case date, done }

    /// `{"date", "done"}`, the slugs sorted so the answer is the same on every run.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(done.sorted(), forKey: .done)
    }
}
