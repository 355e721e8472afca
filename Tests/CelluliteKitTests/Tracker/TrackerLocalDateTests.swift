import CelluliteKit
import Foundation
import PropertyBased
import Testing

/// Foundation's Gregorian calendar, the independent oracle; before 1583 it switches to the
/// Julian calendar, so it is only asked about later years.
private let gregorian: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()

private func foundationAgrees(year: Int, month: Int, day: Int) -> Bool {
    guard let date = gregorian.date(from: DateComponents(year: year, month: month, day: day)) else { return false }
    let back = gregorian.dateComponents([.year, .month, .day], from: date)
    return back.year == year && back.month == month && back.day == day
}

private let anyDate = Gen.int(in: LocalDate.minimum.daysSince1970...LocalDate.maximum.daysSince1970)
    .map { LocalDate(daysSince1970: $0)! }

@Suite struct TrackerLocalDateTests {
    @Test func formattingThenParsingGivesTheSameDate() async {
        await propertyCheck(count: 1_000, input: anyDate) { date in
            #expect(LocalDate(iso: date.iso) == date, "\(date.iso)")
            #expect(date.iso.utf8.count == 10)
        }
    }

    @Test func aDateExistsExactlyWhenTheGregorianCalendarHasIt() async {
        await propertyCheck(
            count: 1_000, input: zip(Gen.int(in: 1583...9999), Gen.int(in: 0...13), Gen.int(in: 0...32))
        ) { year, month, day in
            let text = String(format: "%04d-%02d-%02d", year, month, day)
            let agrees =
                (1...12).contains(month) && (1...31).contains(day)
                && foundationAgrees(year: year, month: month, day: day)
            #expect((LocalDate(iso: text) != nil) == agrees, "\(text)")
            if let date = LocalDate(iso: text) {
                #expect((date.year, date.month, date.day) == (year, month, day))
            }
        }
    }

    @Test func dayArithmeticAgreesWithFoundation() async {
        let modern = Gen.int(
            in: LocalDate(year: 1700, month: 1, day: 1)!
                .daysSince1970...LocalDate(year: 9000, month: 1, day: 1)!.daysSince1970
        )
        .map { LocalDate(daysSince1970: $0)! }
        await propertyCheck(count: 500, input: zip(modern, Gen.int(in: -40_000...40_000))) { date, offset in
            let moved = date.adding(days: offset)!
            let start = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
            let expected = gregorian.dateComponents(
                [.year, .month, .day], from: gregorian.date(byAdding: .day, value: offset, to: start)!)
            #expect((moved.year, moved.month, moved.day) == (expected.year!, expected.month!, expected.day!))
            #expect(date.days(until: moved) == offset)
            #expect((offset > 0) == (moved > date) || offset == 0)
        }
    }

    @Test func stringsThatAreNotExactlyYYYYMMDDAreRefused() async {
        // Any printable-ASCII string of the right length that is not all digits in the right places.
        let characters = Gen.character(in: " "..."~").string(of: 0...14)
        await propertyCheck(count: 1_000, input: characters) { text in
            let bytes = Array(text.utf8)
            let shaped =
                bytes.count == 10 && bytes[4] == 0x2D && bytes[7] == 0x2D
                && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(bytes[$0]) }
            if !shaped { #expect(LocalDate(iso: text) == nil, "\(text)") }
        }
    }

    @Test(arguments: [
        "2027-3-14", "2027-03-4", "27-03-14", "2027/03/14", "2027-03-14 ", " 2027-03-14", "2027-03-14T00:00",
        "2027-+3-14", "+027-03-14", "2027-03-+4", "２０２７-03-14", "2027-02-29", "2027-04-31", "2027-13-01",
        "2027-00-10", "2027-01-00", "0000-01-01", "1900-02-29", "", "2027-03-1٤",
    ])
    func malformedOrImpossibleDatesAreRefused(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func leapYearsFollowTheGregorianRule() throws {
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "2100-02-29") == nil)
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2023-02-28").adding(days: 1) == day("2023-03-01"))
        #expect(day("2024-12-31").adding(days: 1) == day("2025-01-01"))
        #expect(throws: LocalDateError.noSuchDay(year: 2027, month: 2, day: 29)) {
            try LocalDate(parsing: "2027-02-29")
        }
        #expect(throws: LocalDateError.yearOutOfRange(0)) { try LocalDate(parsing: "0000-06-01") }
        #expect(LocalDateError.noSuchDay(year: 2027, month: 2, day: 29).description.contains("28 days"))
    }

    @Test func theEdgesOfTheRangeAreEnforced() {
        #expect(LocalDate.minimum.iso == "0001-01-01")
        #expect(LocalDate.maximum.iso == "9999-12-31")
        #expect(LocalDate.minimum.adding(days: -1) == nil)
        #expect(LocalDate.maximum.adding(days: 1) == nil)
        #expect(LocalDate.maximum.adding(days: .max) == nil)
        // A closed range ending on the last day iterates without stepping past it.
        #expect(Array(LocalDate.maximum.adding(days: -2)!...LocalDate.maximum).count == 3)
    }

    @Test func weekdaysAndWallClockDates() {
        #expect(day("1970-01-01").isoWeekday == 4)  // Thursday
        #expect(day("2026-12-07").isoWeekday == 1)  // Monday
        #expect(day("1969-12-28").isoWeekday == 7)  // Sunday
        // 23:30 UTC on 2 December is already 3 December in Tokyo and still 2 December in New York.
        let late = instant("2026-12-02T23:30:00Z")
        #expect(LocalDate(late, in: TimeZone(identifier: "Asia/Tokyo")!) == day("2026-12-03"))
        #expect(LocalDate(late, in: TimeZone(identifier: "America/New_York")!) == day("2026-12-02"))
        #expect(LocalDate(instant("1969-12-31T23:59:59Z"), in: TimeZone(identifier: "UTC")!) == day("1969-12-31"))
    }

    @Test func datesEncodeAsStringsAndDecodeOnlyTheStrictForm() throws {
        #expect(try json([day("2027-03-14")]) == "[\"2027-03-14\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: Data("[\"2027-03-14\"]".utf8)) == [day("2027-03-14")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data("[\"2027-3-14\"]".utf8))
        }
    }

    @Test func timestampsAreWrittenInUTCToTheSecond() {
        let stamp = UTCTimestamp(instant("2026-12-02T10:15:30Z").addingTimeInterval(0.75))
        #expect(stamp.rfc3339 == "2026-12-02T10:15:30Z")
        #expect(stamp.iCalendar == "20261202T101530Z")
        #expect(UTCTimestamp(instant("1969-12-31T23:59:59Z")).rfc3339 == "1969-12-31T23:59:59Z")
    }
}
