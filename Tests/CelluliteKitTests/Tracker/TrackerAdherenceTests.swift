import CelluliteKit
import PropertyBased
import Testing

private let today = day("2026-12-10")
private let history = RoutineHistory.empty
    .adopting(routineA, from: day("2026-11-01"))
    .adopting(routineB, from: day("2026-12-05"))

private func adherence(
    from: String, to: String, today: LocalDate = today, history: RoutineHistory = history,
    _ ticks: [String: Set<String>]
) throws -> Adherence {
    try Adherence(
        from: day(from), to: day(to), today: today, history: history,
        ticks: ticks.map { RoutineDay(restoring: day($0.key), done: $0.value) })
}

private let all: Set<String> = ["caffeine-topical", "self-tanner"]

/// Random tick histories over the 40 days up to `today`: each day nothing, part or all of its routine.
private let tickHistories = Gen.int(in: 0...2).array(of: 40).map { choices -> [RoutineDay] in
    choices.enumerated().compactMap { offset, choice -> RoutineDay? in
        let date = today.adding(days: -offset)!
        let planned = history.routine(on: date).treatments
        switch choice {
        case 0: return nil
        case 1: return RoutineDay(restoring: date, done: Set(planned.prefix(1)))
        default: return RoutineDay(restoring: date, done: Set(planned))
        }
    }
}

@Suite struct TrackerAdherenceTests {
    @Test func daysRateAndStreakForAKnownWeek() throws {
        let result = try adherence(
            from: "2026-12-01", to: "2026-12-07",
            [
                "2026-12-01": all, "2026-12-02": ["self-tanner"], "2026-12-03": all, "2026-12-04": all,
                "2026-12-05": ["retinol-topical"], "2026-12-06": ["retinol-topical", "self-tanner"],
            ])
        #expect(result.days.map(\.date.iso) == (1...7).map { "2026-12-0\($0)" })
        #expect(result.days[1].done == ["self-tanner"])
        #expect(result.days[1].planned == ["caffeine-topical", "self-tanner"])
        // From 5 December the routine is B: history keeps A for the days before.
        #expect(result.days[4].planned == ["retinol-topical"])
        // A stale tick of a treatment no longer planned does not count.
        #expect(result.days[5].done == ["retinol-topical"])
        // Planned item-days: 4 days × 2 + 3 days × 1 = 11; done: 2 + 1 + 2 + 2 + 1 + 1 + 0 = 9.
        #expect(result.rate == 9.0 / 11.0)
        // Today (10 December) and 7–9 December have nothing ticked: no streak.
        #expect(result.streak == 0)
    }

    @Test func theStreakEndsTodayOrYesterdayWhileTodayIsNotDone() throws {
        let ticks: [String: Set<String>] = [
            "2026-12-06": ["retinol-topical"], "2026-12-07": ["retinol-topical"], "2026-12-08": ["retinol-topical"],
            "2026-12-09": ["retinol-topical"],
        ]
        #expect(try adherence(from: "2026-12-01", to: "2026-12-10", ticks).streak == 4)
        var withToday = ticks
        withToday["2026-12-10"] = ["retinol-topical"]
        #expect(try adherence(from: "2026-12-01", to: "2026-12-10", withToday).streak == 5)
        // A gap yesterday ends it, even with today done.
        var gap = withToday
        gap["2026-12-09"] = []
        #expect(try adherence(from: "2026-12-01", to: "2026-12-10", gap).streak == 1)
        // The streak crosses a routine change: 4 December was complete under routine A.
        var across = withToday
        across["2026-12-05"] = ["retinol-topical"]
        across["2026-12-04"] = all
        across["2026-12-03"] = ["self-tanner"]
        #expect(try adherence(from: "2026-12-09", to: "2026-12-10", across).streak == 7)
    }

    @Test func nothingPlannedMeansNoRateAndNoStreak() throws {
        let result = try adherence(from: "2026-10-01", to: "2026-10-31", [:])
        #expect(result.days.count == 31)
        #expect(result.days.allSatisfy { $0.planned.isEmpty && $0.done.isEmpty })
        #expect(result.rate == nil)
        #expect(try json(result).contains(#""rate":null"#))
        let empty = RoutineHistory.empty.adopting(.empty, from: day("2026-11-01"))
        #expect(try adherence(from: "2026-12-01", to: "2026-12-10", history: empty, ["2026-12-10": []]).streak == 0)
    }

    @Test func daysAfterTodayAreLeftOutAndBadRangesAreRefused() throws {
        let future = try adherence(from: "2026-12-08", to: "2026-12-31", ["2026-12-09": ["retinol-topical"]])
        #expect(future.days.map(\.date) == [day("2026-12-08"), day("2026-12-09"), day("2026-12-10")])
        #expect(future.rate == 1.0 / 3.0)
        let allFuture = try adherence(from: "2027-01-01", to: "2027-01-31", [:])
        #expect(allFuture.days.isEmpty && allFuture.rate == nil)
        #expect(throws: AdherenceError.reversedRange(from: day("2026-12-02"), to: day("2026-12-01"))) {
            try adherence(from: "2026-12-02", to: "2026-12-01", [:])
        }
        #expect(throws: AdherenceError.rangeTooLong(days: 3_654)) {
            try Adherence(
                from: day("2016-12-10"), to: day("2016-12-10").adding(days: 3_653)!, today: today, history: history,
                ticks: [])
        }
        _ = try Adherence(
            from: day("2016-12-10"), to: day("2016-12-10").adding(days: 3_652)!, today: today, history: history,
            ticks: [])
    }

    @Test func rateIsAFractionOfPlannedItemDaysAndNilOnlyWhenNothingWasPlanned() async {
        await propertyCheck(count: 300, input: zip(tickHistories, Gen.int(in: 0...45), Gen.int(in: 0...45))) {
            ticks, a, b in
            let from = today.adding(days: -max(a, b))!
            let to = today.adding(days: -min(a, b))!
            guard let result = try? Adherence(from: from, to: to, today: today, history: history, ticks: ticks) else {
                Issue.record("refused \(from)...\(to)")
                return
            }
            let planned = result.days.reduce(0) { $0 + $1.planned.count }
            #expect((result.rate == nil) == (planned == 0))
            if let rate = result.rate { #expect((0.0...1.0).contains(rate)) }
            #expect(result.days.count == from.days(until: to) + 1)
            #expect(result.days.allSatisfy { Set($0.done).isSubset(of: $0.planned) })
            // An independent count from the raw ticks.
            let byDate = Dictionary(uniqueKeysWithValues: ticks.map { ($0.date, $0.done) })
            let done = (from...to).reduce(0) { total, date in
                total + history.routine(on: date).treatments.filter { byDate[date]?.contains($0) == true }.count
            }
            if planned > 0 { #expect(result.rate == Double(done) / Double(planned)) }
        }
    }

    @Test func theStreakIsTheRunOfCompleteDaysEndingTodayOrYesterday() async {
        await propertyCheck(count: 300, input: tickHistories) { ticks in
            guard let result = try? Adherence(from: today, to: today, today: today, history: history, ticks: ticks)
            else { return }
            let byDate = Dictionary(uniqueKeysWithValues: ticks.map { ($0.date, $0.done) })
            func complete(_ date: LocalDate) -> Bool {
                let planned = history.routine(on: date).treatments
                return !planned.isEmpty && planned.allSatisfy { byDate[date]?.contains($0) == true }
            }
            let end = complete(today) ? today : today.adding(days: -1)!
            // Every day of the streak is complete, and the day before it is not.
            for offset in 0..<result.streak { #expect(complete(end.adding(days: -offset)!)) }
            #expect(!complete(end.adding(days: -result.streak)!))
        }
    }

    @Test func tickingMoreNeverLowersTheRateOrTheStreak() async {
        await propertyCheck(count: 300, input: zip(tickHistories, Gen.int(in: 0...39))) { ticks, offset in
            let date = today.adding(days: -offset)!
            var more = ticks.filter { $0.date != date }
            more.append(RoutineDay(restoring: date, done: Set(history.routine(on: date).treatments)))
            let from = today.adding(days: -39)!
            guard let before = try? Adherence(from: from, to: today, today: today, history: history, ticks: ticks),
                let after = try? Adherence(from: from, to: today, today: today, history: history, ticks: more)
            else { return }
            #expect(after.streak >= before.streak)
            #expect((after.rate ?? 0) >= (before.rate ?? 0))
        }
    }

    @Test func aLaterPlanChangeLeavesEarlierDaysAsTheyWere() async {
        await propertyCheck(count: 200, input: tickHistories) { ticks in
            let from = today.adding(days: -39)!
            let changed = history.adopting(
                Routine(items: [RoutineItem(treatment: "compression-garments", name: "Compression")]),
                from: today.adding(days: 1)!)
            let before = try? Adherence(from: from, to: today, today: today, history: history, ticks: ticks)
            let after = try? Adherence(from: from, to: today, today: today, history: changed, ticks: ticks)
            #expect(before == after)
        }
    }
}
