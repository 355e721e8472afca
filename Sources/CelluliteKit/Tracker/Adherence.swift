/// How well a person kept to their routine (`GET /api/me/adherence?from=&to=`).
///
/// - `days`: each day of [from, to] up to today (a day that has not come has nothing to report),
///   with the routine in force that day (`planned`) and what of it was ticked (`done`). Ticks of
///   treatments that were not planned that day (left over from a plan replaced the same day) do
///   not count.
/// - `rate`: done item-days / planned item-days over those days, 0...1; nil when nothing was
///   planned, because "0 %" would blame a person who had no routine yet.
/// - `streak`: complete days in a row, ending today when today is complete, otherwise ending
///   yesterday, so a streak is not lost in the morning before the day's ticks. A day is complete
///   when every planned item was done: the rate already credits partial days, so the streak can say
///   something else, "did the whole routine". A day with nothing planned is never complete.
///   The streak looks back from today whatever the range, as the range only chooses what to list.
public struct Adherence: Sendable, Hashable {
    /// Ten years: longer ranges are refused rather than walked day by day.
    public static let maxDays = 3_653

    public let days: [AdherenceDay]
    public let streak: Int
    public let rate: Double?

    /// `ticks` holds at most one day per date; when a date repeats, the later one wins.
    public init(
        from: LocalDate, to: LocalDate, today: LocalDate, history: RoutineHistory, ticks: some Sequence<RoutineDay>
    ) throws(AdherenceError) {
        guard from <= to else { throw .reversedRange(from: from, to: to) }
        let length = from.days(until: to) + 1
        guard length <= Self.maxDays else { throw .rangeTooLong(days: length) }
        var doneByDate: [LocalDate: Set<String>] = [:]
        for day in ticks { doneByDate[day.date] = day.done }

        func day(_ date: LocalDate) -> AdherenceDay {
            let planned = history.routine(on: date).treatments
            let done = doneByDate[date] ?? []
            return AdherenceDay(date: date, done: planned.filter(done.contains), planned: planned)
        }

        let last = min(to, today)
        days = from <= last ? (from...last).map(day) : []
        let planned = days.reduce(0) { $0 + $1.planned.count }
        let done = days.reduce(0) { $0 + $1.done.count }
        rate = planned == 0 ? nil : Double(done) / Double(planned)

        // Each complete day needs a tick record, so this walks back at most `doneByDate.count` days.
        var streak = 0
        var date: LocalDate? = day(today).isComplete ? today : today.adding(days: -1)
        while let current = date, day(current).isComplete {
            streak += 1
            date = current.adding(days: -1)
        }
        self.streak = streak
    }
}

/// One day of adherence: `{"date", "done", "planned"}`, slugs in the routine's order.
public struct AdherenceDay: Sendable, Hashable, Encodable {
    public let date: LocalDate
    public let done: [String]
    public let planned: [String]

    /// Every planned item done, and something was planned.
    public var isComplete: Bool { !planned.isEmpty && done.count == planned.count }
}

extension Adherence: Encodable {
    private enum CodingKeys: String, CodingKey { case days, streak, rate }

    /// `{"days", "streak", "rate"}`, with `rate` null when nothing was planned.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days, forKey: .days)
        try container.encode(streak, forKey: .streak)
        if let rate { try container.encode(rate, forKey: .rate) } else { try container.encodeNil(forKey: .rate) }
    }
}

/// Why an adherence range was refused.
public enum AdherenceError: Error, Sendable, Hashable, CustomStringConvertible {
    case reversedRange(from: LocalDate, to: LocalDate)
    case rangeTooLong(days: Int)

    /// The query parameter to blame, for a 422 problem body.
    public var fieldError: FieldError {
        switch self {
        case let .reversedRange(from, to): FieldError(field: "to", message: "\(to) is before from (\(from))")
        case .rangeTooLong(let days):
            FieldError(field: "to", message: "the range has \(days) days; at most \(Adherence.maxDays) are allowed")
        }
    }

    public var description: String { "\(fieldError.field): \(fieldError.message)" }
}
