import Foundation
import Synchronization

/// A date without a time of day, as people mean "14 March 2027". Day arithmetic uses the
/// Gregorian calendar in UTC, so a daylight-saving change never makes a day 23 hours long.
public struct CalendarDay: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day that does not exist, like 31 April.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        if year >= Self.plainGregorianFrom {
            guard day <= Self.length(ofMonth: month, in: year) else { return nil }
        } else {
            let components = DateComponents(year: year, month: month, day: day)
            guard let date = Self.calendar.date(from: components),
                Self.calendar.component(.day, from: date) == day
            else { return nil }
        }
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
        guard min(year, other.year) >= Self.plainGregorianFrom else {
            return Self.calendar.dateComponents([.day], from: date, to: other.date).day!
        }
        return other.dayNumber - dayNumber
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

    // Foundation's Gregorian calendar counts days before October 1582 by the Julian rule. From
    // 1600 on it is the plain Gregorian rule, which is worked out here without it: validating a
    // day and counting days through `Calendar` were a hundredth of a plan page's time.
    private static let plainGregorianFrom = 1600

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1 March of year 0 of the Gregorian rule (only differences are used): years
    /// counted from March, so that the leap day ends a year (H. Hinnant's `days_from_civil`).
    private var dayNumber: Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = marchYear / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
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
        case .system: Self.systemToday(at: Date())
        case .fixed(let day): day
        }
    }

    /// The server's day and the interval it lasts, worked out with `Calendar.current` once a day
    /// rather than for every page (which was a hundredth of a plan page's time).
    private static let currentDay = Mutex<(day: CalendarDay, interval: DateInterval)?>(nil)

    static func systemToday(at now: Date) -> CalendarDay {
        currentDay.withLock { current in
            if let current, current.interval.start <= now, now < current.interval.end { return current.day }
            let calendar = Calendar.current
            let day = CalendarDay(now, in: calendar)
            current = calendar.dateInterval(of: .day, for: now).map { (day, $0) }
            return day
        }
    }
}
