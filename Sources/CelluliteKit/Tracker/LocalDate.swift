import Foundation

/// A calendar date without a time of day or a time zone, as people mean "14 March 2027", and as
/// the API writes it: `YYYY-MM-DD` (ARCHITECTURE 3.6). Proleptic Gregorian, years 0001–9999.
///
/// Stored as a day number, so ordering and day arithmetic are integer operations: no `Calendar`,
/// no time zone, no daylight-saving day of 23 hours. Conversions from an instant take the time
/// zone as a parameter, so "today" is always decided by the caller.
public struct LocalDate: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let daysSince1970: Int

    public static let minimum = LocalDate(unchecked: 1, 1, 1)
    public static let maximum = LocalDate(unchecked: 9999, 12, 31)

    /// Nil for a day that does not exist (31 April, 29 February 2027) or a year outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Nil outside 0001-01-01...9999-12-31.
    public init?(daysSince1970: Int) {
        guard (Self.minimum.daysSince1970...Self.maximum.daysSince1970).contains(daysSince1970) else { return nil }
        self.daysSince1970 = daysSince1970
    }

    /// The date on the wall calendar of `timeZone` at the instant `date` (held to 0001–9999).
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.daysSince1970 = min(max(days, Self.minimum.daysSince1970), Self.maximum.daysSince1970)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        daysSince1970 = Self.dayNumber(year: year, month: month, day: day)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// "2027-03-14".
    public var iso: String {
        let (year, month, day) = civil
        return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    public var description: String { iso }

    /// 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday.
    public var isoWeekday: Int { ((daysSince1970 % 7 + 7 + 3) % 7) + 1 }

    /// Whole days from this date to `other`; negative when `other` is earlier.
    public func days(until other: LocalDate) -> Int { other.daysSince1970 - daysSince1970 }

    /// Nil when the result would leave 0001–9999.
    public func adding(days: Int) -> LocalDate? {
        let (sum, overflow) = daysSince1970.addingReportingOverflow(days)
        return overflow ? nil : LocalDate(daysSince1970: sum)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    // Strideable, so `from...to` is a sequence of days. Stepping outside 0001–9999 is a programming
    // error (like Int overflow); input-driven code uses `adding(days:)`, which returns nil instead.
    public func distance(to other: LocalDate) -> Int { days(until: other) }

    public func advanced(by days: Int) -> LocalDate {
        guard let date = adding(days: days) else { preconditionFailure("\(self) + \(days) days leaves 0001–9999") }
        return date
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private var civil: (year: Int, month: Int, day: Int) { Self.civil(fromDayNumber: daysSince1970) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
    // calendar, in eras of 400 years (146,097 days).
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
