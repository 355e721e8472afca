import Foundation

/// A calendar to subscribe to (RFC 5545): VCALENDAR with VERSION 2.0 and PRODID, and events.
public struct ICalendar: Sendable, Hashable {
    /// RFC 5545 3.7.3: who made it; must not change between versions of one feed.
    public static let productID = "-//Cellulite Advisor//Tracker//EN"

    public var name: String
    public var events: [ICalendarEvent]

    public init(name: String, events: [ICalendarEvent]) {
        self.name = name
        self.events = events
    }

    /// The `text/calendar` body: CRLF line endings, lines folded at 75 octets.
    public var serialized: String {
        var lines: [ICalendarLine] = [
            ICalendarLine("BEGIN", "VCALENDAR"),
            ICalendarLine("VERSION", "2.0"),
            ICalendarLine("PRODID", Self.productID),
            ICalendarLine("CALSCALE", "GREGORIAN"),
            // NAME is RFC 7986; X-WR-CALNAME is what older clients read.
            ICalendarLine("NAME", text: name),
            ICalendarLine("X-WR-CALNAME", text: name),
        ]
        for event in events { lines += event.lines }
        lines.append(ICalendarLine("END", "VCALENDAR"))
        return lines.map { ICalendarText.fold($0.text) }.joined()
    }
}

/// A VEVENT: one reminder, possibly repeating.
public struct ICalendarEvent: Sendable, Hashable {
    /// Stable across feed versions, so a client updates the event instead of adding a copy.
    public var uid: String
    /// DTSTAMP: when this version of the feed was made (UTC).
    public var stamp: Date
    public var start: ICalendarStart
    public var summary: String
    public var description: String?
    public var recurrence: ICalendarRecurrence?

    public init(
        uid: String, stamp: Date, start: ICalendarStart, summary: String, description: String? = nil,
        recurrence: ICalendarRecurrence? = nil
    ) {
        self.uid = uid
        self.stamp = stamp
        self.start = start
        self.summary = summary
        self.description = description
        self.recurrence = recurrence
    }

    var lines: [ICalendarLine] {
        var lines = [
            ICalendarLine("BEGIN", "VEVENT"),
            ICalendarLine("UID", text: uid),
            ICalendarLine("DTSTAMP", UTCTimestamp(stamp).iCalendar),
            start.line,
        ]
        if let recurrence { lines.append(ICalendarLine("RRULE", recurrence.rule)) }
        lines.append(ICalendarLine("SUMMARY", text: summary))
        if let description { lines.append(ICalendarLine("DESCRIPTION", text: description)) }
        // A reminder does not make the person busy.
        lines.append(ICalendarLine("TRANSP", "TRANSPARENT"))
        lines.append(ICalendarLine("END", "VEVENT"))
        return lines
    }
}

/// When an event starts: a whole day, or a wall-clock time in whatever zone the person's calendar
/// is in ("floating" time, RFC 5545 3.3.5), so "8:00" stays 8:00 when they travel.
public enum ICalendarStart: Sendable, Hashable {
    case date(LocalDate)
    case localTime(LocalDate, TimeOfDay)

    var line: ICalendarLine {
        switch self {
        case .date(let date): ICalendarLine("DTSTART;VALUE=DATE", Self.basic(date))
        case let .localTime(date, time): ICalendarLine("DTSTART", Self.basic(date) + "T" + time.basic + "00")
        }
    }

    /// "20261202".
    static func basic(_ date: LocalDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }
}

/// An RRULE of the kinds reminders need.
public struct ICalendarRecurrence: Sendable, Hashable {
    public enum Frequency: String, Sendable, Hashable { case daily = "DAILY", weekly = "WEEKLY" }

    public var frequency: Frequency
    /// Every `interval` days or weeks; at least 1.
    public var interval: Int

    public init(_ frequency: Frequency, interval: Int = 1) {
        self.frequency = frequency
        self.interval = max(1, interval)
    }

    /// "FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=4".
    public var rule: String { "FREQ=\(frequency.rawValue)" + (interval == 1 ? "" : ";INTERVAL=\(interval)") }
}

/// A wall-clock time of day, to the minute.
public struct TimeOfDay: Sendable, Hashable, Comparable {
    public let hour: Int
    public let minute: Int

    /// Nil outside 00:00–23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// "0800".
    var basic: String { (hour < 10 ? "0\(hour)" : "\(hour)") + (minute < 10 ? "0\(minute)" : "\(minute)") }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }
}

/// One unfolded content line: `NAME;PARAM=VALUE:value`.
struct ICalendarLine: Sendable, Hashable {
    let text: String

    /// A value written as is (dates, numbers, rules: nothing to escape).
    init(_ name: String, _ value: String) { text = "\(name):\(value)" }

    /// A TEXT value, escaped.
    init(_ name: String, text value: String) { text = "\(name):\(ICalendarText.escape(value))" }
}
