import Foundation

/// An instant written in UTC to the second: RFC 3339 for the API (`2026-12-02T10:15:30Z`,
/// ARCHITECTURE 3.6) and the iCalendar UTC form (`20261202T101530Z`, RFC 5545 3.3.5).
/// Written by hand so the text never depends on a formatter's locale or an encoder's strategy.
/// Fractions of a second are dropped (rounded down).
public struct UTCTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    /// Seconds since midnight UTC, 0..<86,400.
    public let secondOfDay: Int

    public init(_ instant: Date) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        date = LocalDate(daysSince1970: days) ?? (days < 0 ? .minimum : .maximum)
        secondOfDay = seconds - days * 86_400
    }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    /// "2026-12-02T10:15:30Z".
    public var rfc3339: String { "\(date.iso)T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))Z" }

    /// "20261202T101530Z".
    public var iCalendar: String {
        date.iso.replacingOccurrences(of: "-", with: "") + "T\(Self.two(hour))\(Self.two(minute))\(Self.two(second))Z"
    }

    public var description: String { rfc3339 }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.date, lhs.secondOfDay) < (rhs.date, rhs.secondOfDay)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
