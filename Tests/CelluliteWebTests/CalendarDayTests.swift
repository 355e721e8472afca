import Foundation
import PropertyBased
import Testing

@testable import CelluliteWeb

/// `CalendarDay` works out days without `Calendar` from 1600 on; it must agree with Foundation's
/// Gregorian calendar, which it used before, on every day.
@Suite struct CalendarDayTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static let days = zip(Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31))

    /// Whether Foundation's calendar has this day, as the initializer checked before.
    static func exists(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard let date = utc.date(from: DateComponents(year: year, month: month, day: day)) else { return false }
        return utc.component(.day, from: date) == day
    }

    @Test func aDayExistsExactlyWhenFoundationsCalendarHasIt() async {
        await propertyCheck(count: 3_000, input: Self.days) { year, month, day in
            #expect((CalendarDay(year: year, month: month, day: day) != nil) == Self.exists(year, month, day))
        }
        // Leap days either side of the rule's exceptions.
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2100, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2027, month: 4, day: 31) == nil)
    }

    @Test func daysBetweenTwoDaysAreFoundationsCount() async {
        let pairs = zip(Self.days, Self.days).map { first, second -> (CalendarDay, CalendarDay)? in
            guard let from = CalendarDay(year: first.0, month: first.1, day: min(first.2, 28)),
                let to = CalendarDay(year: second.0, month: second.1, day: min(second.2, 28))
            else { return nil }
            return (from, to)
        }.compactMap { $0 }
        await propertyCheck(count: 3_000, input: pairs) { from, to in
            let expected = Self.utc.dateComponents(
                [.day], from: Self.utc.date(from: DateComponents(year: from.year, month: from.month, day: from.day))!,
                to: Self.utc.date(from: DateComponents(year: to.year, month: to.month, day: to.day))!
            ).day!
            #expect(from.days(until: to) == expected)
        }
        #expect(
            CalendarDay(year: 2026, month: 12, day: 31)!.days(until: CalendarDay(year: 2027, month: 3, day: 1)!) == 60)
    }

    /// The remembered day is the calendar's day for any moment, the hours around midnight included,
    /// in whatever order the moments come.
    @Test func todayIsTheCalendarsDayForEveryMoment() async {
        let midnight = Calendar.current.startOfDay(for: Date(timeIntervalSince1970: 1_796_000_000))
        let moments = Gen.int(in: -200_000...200_000).map { midnight.addingTimeInterval(TimeInterval($0)) }
        await propertyCheck(count: 2_000, input: moments) { moment in
            #expect(WebClock.systemToday(at: moment) == CalendarDay(moment, in: Calendar.current))
        }
    }
}
