import Foundation

/// The reminders feed, `GET /api/me/calendar.ics`: the daily routine and the next check-ins.
///
/// Check-ins repeat as one event with `RRULE:FREQ=WEEKLY;INTERVAL=4` rather than a list of
/// dated events: the feed then needs no horizon, every client extends it for as long as it is
/// subscribed, and the event changes only when a new check-in moves it.
public enum TrackerCalendar {
    /// Four weeks between check-ins: long enough for a change to show, often enough to keep going.
    public static let checkInIntervalWeeks = 4
    static let uidDomain = "cellulite-advisor"

    /// - Parameters:
    ///   - history: the routine reminder starts on the day the routine in force `today` took
    ///     effect (stable from one request to the next); none when that routine is empty.
    ///   - routineTime: when the routine reminder rings; nil for an all-day reminder.
    ///   - checkIns: the next check-in is due four weeks after the latest one, or on `startDate`
    ///     (the account's first day, say) when there is none.
    ///   - now: the feed's DTSTAMP.
    public static func calendar(
        account: Account.ID, history: RoutineHistory, routineTime: TimeOfDay?, checkIns: some Sequence<CheckIn>,
        startDate: LocalDate, today: LocalDate, now: Date
    ) -> ICalendar {
        var events: [ICalendarEvent] = []
        if let version = history.version(on: today), !version.routine.isEmpty {
            let start: ICalendarStart =
                routineTime.map { .localTime(version.effectiveFrom, $0) } ?? .date(version.effectiveFrom)
            events.append(
                ICalendarEvent(
                    uid: uid(account, kind: "routine"), stamp: now, start: start, summary: "Cellulite routine",
                    description: "Today's routine: " + version.routine.items.map(\.name).joined(separator: ", ") + ".",
                    recurrence: ICalendarRecurrence(.daily)))
        }
        let latest = checkIns.map(\.date).max()
        let due = latest.flatMap { $0.adding(days: 7 * checkInIntervalWeeks) } ?? startDate
        events.append(
            ICalendarEvent(
                uid: uid(account, kind: "checkin"), stamp: now, start: .date(due), summary: "Cellulite check-in",
                description: "Time for a check-in: the same scale, the same light and pose as last time.",
                recurrence: ICalendarRecurrence(.weekly, interval: checkInIntervalWeeks)))
        return ICalendar(name: "Cellulite Advisor", events: events)
    }

    /// "<account id>-routine@cellulite-advisor": the same for the same account and kind, always.
    public static func uid(_ account: Account.ID, kind: String) -> String {
        "\(account.uuidString)-\(kind)@\(uidDomain)"
    }
}
