import CelluliteKit
import Testing

private let today = day("2026-12-02")

@Suite struct TrackerRoutineTests {
    @Test func theRoutineIsThePlansDailySectionInRankOrder() {
        let plan = engine.plan(for: Profile(age: 35, concern: .texture))
        let daily = plan.recommendations(in: .daily)
        #expect(!daily.isEmpty, "the test needs a plan with a daily section")
        let routine = Routine(plan: plan)
        #expect(routine.treatments == daily.sorted { $0.rank < $1.rank }.map(\.treatment))
        #expect(routine.items.map(\.name) == daily.sorted { $0.rank < $1.rank }.map(\.name))
        #expect(Set(routine.treatments).isDisjoint(with: plan.recommendations(in: .inOffice).map(\.treatment)))
    }

    @Test func eachDayKeepsTheRoutineInForceThatDay() {
        let history = RoutineHistory.empty
            .adopting(routineA, from: day("2026-11-01"))
            .adopting(routineB, from: day("2026-11-20"))
        #expect(history.routine(on: day("2026-10-31")) == .empty)
        #expect(history.routine(on: day("2026-11-01")) == routineA)
        #expect(history.routine(on: day("2026-11-19")) == routineA)
        #expect(history.routine(on: day("2026-11-20")) == routineB)
        #expect(history.routine(on: day("2030-01-01")) == routineB)
        // The last save of a day wins; saving the routine already in force adds nothing.
        let resaved = history.adopting(routineA, from: day("2026-11-20"))
        #expect(resaved.versions.map(\.effectiveFrom) == [day("2026-11-01")])
        let same = history.adopting(routineB, from: day("2026-11-25"))
        #expect(same == history)
    }

    @Test func versionsInAnyOrderAreSortedAndOneDateHoldsOne() {
        let history = RoutineHistory(versions: [
            RoutineVersion(effectiveFrom: day("2026-11-20"), routine: routineA),
            RoutineVersion(effectiveFrom: day("2026-11-01"), routine: routineB),
            RoutineVersion(effectiveFrom: day("2026-11-20"), routine: routineB),
        ])
        #expect(history.versions.map(\.effectiveFrom) == [day("2026-11-01"), day("2026-11-20")])
        #expect(history.routine(on: day("2026-11-20")) == routineB)
    }

    @Test func tickingTheFutureIsRefusedAndBackdatingIsAllowed() throws {
        let history = RoutineHistory.empty.adopting(routineA, from: day("2026-11-01"))
        let backdated = try RoutineDay(date: day("2026-11-03"), done: ["self-tanner"], history: history, today: today)
        #expect(backdated.done == ["self-tanner"])
        _ = try RoutineDay(date: today, done: ["self-tanner", "caffeine-topical"], history: history, today: today)
        #expect(throws: RoutineTickError.invalid([.dateInFuture(date: day("2026-12-03"), today: today)])) {
            try RoutineDay(date: day("2026-12-03"), done: [], history: history, today: today)
        }
    }

    @Test func onlyTheTreatmentsOfThatDaysRoutineCanBeTicked() {
        let history = RoutineHistory.empty
            .adopting(routineA, from: day("2026-11-01"))
            .adopting(routineB, from: day("2026-11-20"))
        // On 5 November the routine was A: retinol was not in it yet.
        #expect(
            throws: RoutineTickError.invalid([
                .notInRoutine(treatment: "retinol-topical", index: 1, date: day("2026-11-05"))
            ])
        ) {
            try RoutineDay(
                date: day("2026-11-05"), done: ["self-tanner", "retinol-topical"], history: history, today: today)
        }
        // Before any plan nothing can be ticked.
        #expect(throws: RoutineTickError.self) {
            try RoutineDay(date: day("2026-10-05"), done: ["self-tanner"], history: history, today: today)
        }
    }

    @Test func theBodyDecoderNamesEveryBadField() {
        let history = RoutineHistory.empty.adopting(routineA, from: day("2026-11-01"))
        func fields(_ date: String, _ body: String) -> [String] {
            do {
                _ = try RoutineDayDecoder.decode(date: date, json: Array(body.utf8), history: history, today: today)
                return []
            } catch {
                return error.fieldErrors.map(\.field)
            }
        }
        #expect(fields("2026-12-01", #"{"done": ["self-tanner"]}"#) == [])
        #expect(fields("2026-12-03", #"{"done": ["self-tanner", "qwo"]}"#) == ["date", "done[1]"])
        #expect(fields("2026-12-1", #"{"done": ["self-tanner"], "extra": true}"#) == ["date", "extra"])
        #expect(fields("2026-12-01", #"{"done": "self-tanner"}"#) == ["done"])
        #expect(fields("2026-12-01", #"{"done": ["self-tanner", 3]}"#) == ["done[1]"])
        #expect(fields("2026-12-01", #"{}"#) == ["done"])
        let many = "[" + Array(repeating: "\"self-tanner\"", count: 65).joined(separator: ",") + "]"
        #expect(fields("2026-12-01", #"{"done": \#(many)}"#) == ["done"])
    }

    @Test func aTickedDayEncodesSorted() throws {
        let day = RoutineDay(restoring: day("2026-12-01"), done: ["self-tanner", "caffeine-topical"])
        #expect(try json(day) == #"{"date":"2026-12-01","done":["caffeine-topical","self-tanner"]}"#)
    }
}
