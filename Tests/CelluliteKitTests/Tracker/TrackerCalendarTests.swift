import CelluliteKit
import Foundation
import PropertyBased
import Testing

/// Text with one-, two-, three- and four-byte characters, combining marks and emoji sequences.
private let mixedText = Gen<Character?>.element(of: Array("aZ 9;,\\:é€ñ漢字😀👍🏽🧑‍🦰e\u{301}") as [Character]).map { $0! }
    .string(of: 0...300)

@Suite struct TrackerCalendarTests {
    @Test func foldedLinesFitIn75OctetsAreValidUTF8AndUnfoldToTheOriginal() async {
        await propertyCheck(count: 500, input: zip(mixedText, Gen.int(in: 0...80))) { text, prefixLength in
            let line = "DESCRIPTION:" + String(repeating: "x", count: prefixLength) + text
            let folded = ICalendarText.fold(line)
            #expect(folded.hasSuffix("\r\n"))
            let bytes = Array(folded.utf8)
            var physical: [[UInt8]] = []
            var current: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    physical.append(current)
                    current = []
                    index += 2
                } else {
                    #expect(bytes[index] != 0x0A && bytes[index] != 0x0D, "a bare line break")
                    current.append(bytes[index])
                    index += 1
                }
            }
            for (number, octets) in physical.enumerated() {
                #expect(octets.count <= 75, "line \(number) has \(octets.count) octets")
                #expect(String(validating: octets, as: UTF8.self) != nil, "line \(number) splits a UTF-8 sequence")
                if number > 0 { #expect(octets.first == 0x20) }
            }
            #expect(ICalendarText.unfold(folded) == [line])
        }
    }

    @Test func shortLinesAreNotFoldedAndLongOnesUseTheWholeWidth() {
        let exactly75 = String(repeating: "a", count: 75)
        #expect(ICalendarText.fold(exactly75) == exactly75 + "\r\n")
        let folded = ICalendarText.fold(exactly75 + "b")
        #expect(folded == exactly75 + "\r\n b\r\n")
        // A three-byte character that would straddle octet 75 moves whole to the next line.
        let straddling = String(repeating: "a", count: 74) + "€"
        #expect(ICalendarText.fold(straddling) == String(repeating: "a", count: 74) + "\r\n €\r\n")
    }

    @Test func textIsEscaped() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarText.escape("colon: fine\ttab") == "colon: fine\ttab")
        #expect(ICalendarText.escape("bell\u{7}gone") == "bellgone")
    }

    @Test func escapingThenUnescapingGivesTheText() async {
        await propertyCheck(count: 300, input: mixedText) { text in
            let escaped = ICalendarText.escape(text)
            #expect(!escaped.contains("\n") && !escaped.contains("\r"))
            // RFC 5545 3.3.11, read back.
            var unescaped = ""
            var iterator = escaped.makeIterator()
            while let character = iterator.next() {
                guard character == "\\", let next = iterator.next() else {
                    unescaped.append(character)
                    continue
                }
                unescaped.append(next == "n" ? "\n" : next)
            }
            #expect(unescaped == text)
        }
    }

    @Test func theFeedHasTheExpectedStructure() {
        let account = Account.ID(UUID(uuidString: "7d444840-9dc0-11d1-b245-5ffdce74fad2")!)
        let history = RoutineHistory.empty.adopting(routineA, from: day("2026-11-01"))
        let checkIns = [
            try! CheckIn(
                id: IDGenerator.seeded(1).next(),
                draft: CheckInDraft(date: day("2026-11-15"), assessment: .selfRating(level: 2)),
                createdAt: instant("2026-11-15T18:00:00Z"), today: day("2026-12-02")),
            try! CheckIn(
                id: IDGenerator.seeded(2).next(),
                draft: CheckInDraft(date: day("2026-10-15"), assessment: .selfRating(level: 3)),
                createdAt: instant("2026-10-15T18:00:00Z"), today: day("2026-12-02")),
        ]
        let calendar = TrackerCalendar.calendar(
            account: account, history: history, routineTime: TimeOfDay(hour: 8, minute: 5), checkIns: checkIns,
            startDate: day("2026-10-01"), today: day("2026-12-02"), now: instant("2026-12-02T10:15:30Z"))
        let golden = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Cellulite Advisor//Tracker//EN",
            "CALSCALE:GREGORIAN",
            "NAME:Cellulite Advisor",
            "X-WR-CALNAME:Cellulite Advisor",
            "BEGIN:VEVENT",
            "UID:7d444840-9dc0-11d1-b245-5ffdce74fad2-routine@cellulite-advisor",
            "DTSTAMP:20261202T101530Z",
            "DTSTART:20261101T080500",
            "RRULE:FREQ=DAILY",
            "SUMMARY:Cellulite routine",
            #"DESCRIPTION:Today's routine: Caffeine cream\, Self-tanner."#,
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:7d444840-9dc0-11d1-b245-5ffdce74fad2-checkin@cellulite-advisor",
            "DTSTAMP:20261202T101530Z",
            // Four weeks after the latest check-in (15 November), not the first.
            "DTSTART;VALUE=DATE:20261213",
            "RRULE:FREQ=WEEKLY;INTERVAL=4",
            "SUMMARY:Cellulite check-in",
            #"DESCRIPTION:Time for a check-in: the same scale\, the same light and pose as last time."#,
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        let text = calendar.serialized
        #expect(ICalendarText.unfold(text) == golden)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // The DESCRIPTION line is longer than 75 octets, so it was folded.
        #expect(text.contains("\r\n "))
    }

    @Test func uidsAreStableAndWithoutARoutineOnlyCheckInsRemain() {
        let account = Account.ID(UUID(uuidString: "00000000-0000-4000-8000-000000000001")!)
        func feed(now: String) -> ICalendar {
            TrackerCalendar.calendar(
                account: account, history: .empty, routineTime: nil, checkIns: [CheckIn](),
                startDate: day("2026-12-02"),
                today: day("2026-12-02"), now: instant(now))
        }
        let first = feed(now: "2026-12-02T10:00:00Z")
        let second = feed(now: "2026-12-09T10:00:00Z")
        #expect(first.events.map(\.uid) == second.events.map(\.uid))
        #expect(first.events.map(\.uid) == [TrackerCalendar.uid(account, kind: "checkin")])
        // With no check-in yet, the first is due on the start date.
        #expect(first.events[0].start == .date(day("2026-12-02")))
        // An all-day routine reminder when no time is given.
        let history = RoutineHistory.empty.adopting(routineB, from: day("2026-11-01"))
        let allDay = TrackerCalendar.calendar(
            account: account, history: history, routineTime: nil, checkIns: [CheckIn](), startDate: day("2026-12-02"),
            today: day("2026-12-02"), now: instant("2026-12-02T10:00:00Z"))
        #expect(ICalendarText.unfold(allDay.serialized).contains("DTSTART;VALUE=DATE:20261101"))
        #expect(TimeOfDay(hour: 24, minute: 0) == nil)
    }
}
