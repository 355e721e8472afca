import Foundation

/// A date without a time of day, as people mean "14 March 2027". Day arithmetic uses the
/// Gregorian calendar in UTC, so a daylight-saving change never makes a day 23 hours long.
public struct CalendarDay: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day that does not exist, like 31 April.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Self.calendar.date(from: components),
            Self.calendar.component(.day, from: date) == day
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2027-03-14", as `<input type=date>` sends it.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init(_ date: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Whole days from this day to `other`: negative when `other` is earlier.
    public func days(until other: CalendarDay) -> Int {
        Self.calendar.dateComponents([.day], from: date, to: other.date).day!
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(Self.calendar.date(byAdding: .day, value: days, to: date)!, in: Self.calendar)
    }

    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int { Self.calendar.component(.weekday, from: date) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private var date: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

/// Where "today" comes from. The domain never reads the clock; the web layer asks this, and
/// tests pass a fixed day so date answers give the same number of days on every run.
public enum WebClock: Sendable, Hashable {
    /// Today in the server's time zone.
    case system
    case fixed(CalendarDay)

    public func today() -> CalendarDay {
        switch self {
        case .system: CalendarDay(Date(), in: Calendar.current)
        case .fixed(let day): day
        }
    }
}
