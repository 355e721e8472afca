import CelluliteKit
import CelluliteStore
import Foundation
import Testing

/// The store contract, part two: what an account keeps (profile, routine, check-ins), that no
/// other account reaches it, and that it all goes with the account.
@Suite struct TrackerStoreContractTrackerTests {
    typealias Fixture = ContractFixture

    // MARK: Profile

    @Test(arguments: TrackerBackend.available)
    func theSavedProfileReplacesTheLastOne(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            #expect(try await store.profile(of: account) == nil)

            let first = SavedProfile(profile: Fixture.profile, savedAt: Fixture.now)
            try await store.saveProfile(first, of: account)
            #expect(try await store.profile(of: account) == first)

            let second = SavedProfile(
                profile: Profile(age: 61, sex: .other, setting: .home, allergies: [.lidocaine, .dha]),
                savedAt: Fixture.now + 60.5)
            try await store.saveProfile(second, of: account)
            #expect(try await store.profile(of: account) == second)
        }
    }

    // MARK: Routine

    @Test(arguments: TrackerBackend.available)
    func aRoutineAdoptedTheSameDayReplacesThatDaysVersion(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            #expect(try await store.routineHistory(of: account) == .empty)

            let laterDay = RoutineVersion(effectiveFrom: Fixture.day(3), routine: Fixture.routine("caffeine-topical"))
            let earlierDay = RoutineVersion(effectiveFrom: Fixture.day(1), routine: Fixture.routine("dry-brushing"))
            let laterDayAgain = RoutineVersion(
                effectiveFrom: Fixture.day(3), routine: Fixture.routine("retinol-topical", "caffeine-topical"))
            for version in [laterDay, earlierDay, laterDayAgain] { try await store.adoptRoutine(version, of: account) }

            #expect(try await store.routineHistory(of: account).versions == [earlierDay, laterDayAgain])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func aDaysTicksReplaceWhatThatDateHeld(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(0), done: ["a", "b"]), of: account)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(0), done: ["c"]), of: account)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(1), done: ["a"]), of: account)
            // Unticking everything keeps the day, with nothing done.
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(1), done: []), of: account)

            #expect(
                try await store.routineDays(of: account, from: Fixture.day(0), to: Fixture.day(1)) == [
                    RoutineDay(restoring: Fixture.day(0), done: ["c"]), RoutineDay(restoring: Fixture.day(1), done: []),
                ])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func routineDaysComeFromAnInclusiveRangeOldestFirst(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            // Recorded out of order, and across a month and a year boundary.
            let offsets = [40, -20, 0, 17, -16, 5]
            for offset in offsets {
                try await store.recordRoutineDay(
                    RoutineDay(restoring: Fixture.day(offset), done: ["x\(offset)"]), of: account)
            }
            func days(_ from: Int, _ to: Int) async throws -> [LocalDate] {
                try await store.routineDays(of: account, from: Fixture.day(from), to: Fixture.day(to)).map(\.date)
            }

            #expect(try await days(-16, 17) == [-16, 0, 5, 17].map(Fixture.day))
            #expect(try await days(-15, 16) == [0, 5].map(Fixture.day))
            #expect(try await days(5, 5) == [Fixture.day(5)])
            #expect(try await days(6, 16) == [])
            #expect(try await days(-1000, 1000) == offsets.sorted().map(Fixture.day))
            #expect(
                try await store.routineDays(of: account, from: Fixture.day(5), to: Fixture.day(5)).first?.done == ["x5"]
            )
        }
    }

    // MARK: Check-ins

    @Test(arguments: TrackerBackend.available)
    func aCheckInOfEveryScaleReadsBackAsCreated(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let inputs: [AssessmentInput] = [
                .hexselCSS(items: [3, 2, 1, 0, 2], site: .leftThigh),
                .hexselCSS(items: [0, 0, 0, 0, 0], site: nil),
                .nurnbergerMuller(NurnbergerMullerObservations(standing: .dimpled, lying: .smooth, pinch: .positive)),
                .selfRating(level: 4),
            ]
            let checkIns = try inputs.enumerated().map { index, input in
                try Fixture.checkIn(
                    on: Fixture.day(-index), input, notes: "Nach dem Laufen, \"müde\"\n\tzweite Zeile ✓ #\(index)",
                    createdAt: Fixture.now + Double(index) * 0.25)
            }
            for checkIn in checkIns { try await store.createCheckIn(checkIn, of: account) }

            for checkIn in checkIns { #expect(try await store.checkIn(checkIn.id, of: account) == checkIn) }
            #expect(try await store.checkIn(CheckIn.ID(UUID()), of: account) == nil)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func checkInsAreListedByDateThenByWhenTheyWereRecorded(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            // Several share a date; one recorded later is dated earlier (a backdated check-in).
            let dayBeforeRecordedLast = try Fixture.checkIn(on: Fixture.day(-1), createdAt: Fixture.now + 300)
            let todayFirst = try Fixture.checkIn(on: Fixture.day(0), createdAt: Fixture.now)
            let todaySecond = try Fixture.checkIn(on: Fixture.day(0), createdAt: Fixture.now + 0.5)
            let todayThird = try Fixture.checkIn(on: Fixture.day(0), createdAt: Fixture.now + 120)
            let expected = [dayBeforeRecordedLast, todayFirst, todaySecond, todayThird]
            for checkIn in [todayThird, todayFirst, dayBeforeRecordedLast, todaySecond] {
                try await store.createCheckIn(checkIn, of: account)
            }

            #expect(try await store.checkIns(of: account).map(\.id) == expected.map(\.id))
            // The latest alone are the end of that order: dated today, recorded last.
            #expect(try await store.latestCheckIns(of: account, limit: 1).map(\.id) == [todayThird.id])
            #expect(try await store.latestCheckIns(of: account, limit: 3).map(\.id) == expected.suffix(3).map(\.id))
            #expect(try await store.latestCheckIns(of: account, limit: 10).map(\.id) == expected.map(\.id))
        }
    }

    /// Same date, same instant: the id decides, as `CheckIn.chronologically` says, so the list
    /// does not change from one read to the next.
    @Test(arguments: TrackerBackend.available)
    func checkInsRecordedAtTheSameInstantAreListedByID(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let twins = try (0..<5).map { _ in try Fixture.checkIn() }
            for checkIn in twins { try await store.createCheckIn(checkIn, of: account) }

            #expect(try await store.checkIns(of: account) == twins.sorted(by: CheckIn.chronologically))
            #expect(
                try await store.latestCheckIns(of: account, limit: 2)
                    == Array(twins.sorted(by: CheckIn.chronologically).suffix(2)))
        }
    }

    @Test(arguments: TrackerBackend.available)
    func replacingACheckInChangesItOnlyWhenItExists(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let original = try Fixture.checkIn(on: Fixture.day(-2), .selfRating(level: 1), notes: "first")
            let other = try Fixture.checkIn(on: Fixture.day(-1), .selfRating(level: 3), notes: "other")
            try await store.createCheckIn(original, of: account)
            try await store.createCheckIn(other, of: account)

            let replacement = try CheckIn(
                restoring: original.id, date: Fixture.day(-3),
                input: .hexselCSS(items: [1, 1, 1, 1, 1], site: .rightButtock), notes: "corrected",
                createdAt: original.createdAt)
            #expect(try await store.replaceCheckIn(replacement, of: account))
            #expect(try await store.checkIn(original.id, of: account) == replacement)
            #expect(try await store.checkIn(other.id, of: account) == other)

            let unknown = try Fixture.checkIn(notes: "never created")
            #expect(try await store.replaceCheckIn(unknown, of: account) == false)
            #expect(try await store.checkIn(unknown.id, of: account) == nil)
            #expect(try await store.checkIns(of: account) == [replacement, other])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func deletingACheckInSaysWhetherItWasThere(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let deleted = try Fixture.checkIn(notes: "deleted")
            let kept = try Fixture.checkIn(notes: "kept")
            try await store.createCheckIn(deleted, of: account)
            try await store.createCheckIn(kept, of: account)

            #expect(try await store.deleteCheckIn(deleted.id, of: account))
            #expect(try await store.checkIn(deleted.id, of: account) == nil)
            #expect(try await store.deleteCheckIn(deleted.id, of: account) == false)
            #expect(try await store.checkIns(of: account) == [kept])
        }
    }

    // MARK: Isolation

    @Test(arguments: TrackerBackend.available)
    func anotherAccountCannotReadReplaceOrDeleteACheckIn(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let owner = try await Fixture.createAccount(in: store)
            let intruder = try await Fixture.createAccount(in: store)
            let checkIn = try Fixture.checkIn(notes: "private")
            try await store.createCheckIn(checkIn, of: owner)

            #expect(try await store.checkIn(checkIn.id, of: intruder) == nil)
            #expect(try await store.checkIns(of: intruder) == [])
            let overwrite = try CheckIn(
                restoring: checkIn.id, date: checkIn.date, input: .selfRating(level: 0), notes: "overwritten",
                createdAt: checkIn.createdAt)
            #expect(try await store.replaceCheckIn(overwrite, of: intruder) == false)
            #expect(try await store.deleteCheckIn(checkIn.id, of: intruder) == false)

            #expect(try await store.checkIn(checkIn.id, of: owner) == checkIn)
            #expect(try await store.checkIns(of: owner) == [checkIn])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func anotherAccountsTokensProfileAndRoutineAreOutOfReach(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let owner = try await Fixture.createAccount(in: store)
            let other = try await Fixture.createAccount(in: store)
            let token = Fixture.token(of: owner)
            try await store.create(token)
            let profile = SavedProfile(profile: Fixture.profile, savedAt: Fixture.now)
            try await store.saveProfile(profile, of: owner)
            let version = RoutineVersion(effectiveFrom: Fixture.day(0), routine: Fixture.routine("caffeine-topical"))
            try await store.adoptRoutine(version, of: owner)
            let day = RoutineDay(restoring: Fixture.day(0), done: ["caffeine-topical"])
            try await store.recordRoutineDay(day, of: owner)

            #expect(try await store.profile(of: other) == nil)
            #expect(try await store.routineHistory(of: other) == .empty)
            #expect(try await store.routineDays(of: other, from: .minimum, to: .maximum) == [])

            // The other account's writes to the same keys (the day, the date) are its own.
            try await store.deleteTokens(of: other, keeping: nil)
            try await store.saveProfile(SavedProfile(profile: Profile(age: 20), savedAt: Fixture.now), of: other)
            try await store.adoptRoutine(RoutineVersion(effectiveFrom: Fixture.day(0), routine: .empty), of: other)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(0), done: []), of: other)

            #expect(try await store.account(forTokenHash: token.hash, now: Fixture.now) == owner)
            #expect(try await store.profile(of: owner) == profile)
            #expect(try await store.routineHistory(of: owner).versions == [version])
            #expect(try await store.routineDays(of: owner, from: .minimum, to: .maximum) == [day])
        }
    }

    // MARK: Deleting an account

    @Test(arguments: TrackerBackend.available)
    func deletingAnAccountRemovesEverythingItOwnedAndNothingElse(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let leaving = try Fixture.account("leaving@example.org")
            let staying = try Fixture.account("staying@example.org")
            var tokens: [Account.ID: StoredToken] = [:]
            var checkIns: [Account.ID: CheckIn] = [:]
            let profile = SavedProfile(profile: Fixture.profile, savedAt: Fixture.now)
            let version = RoutineVersion(effectiveFrom: Fixture.day(0), routine: Fixture.routine("caffeine-topical"))
            let day = RoutineDay(restoring: Fixture.day(0), done: ["caffeine-topical"])
            for account in [leaving, staying] {
                let id = account.account.id
                try await store.create(account)
                tokens[id] = Fixture.token(of: id)
                try await store.create(tokens[id]!)
                try await store.saveProfile(profile, of: id)
                try await store.adoptRoutine(version, of: id)
                try await store.recordRoutineDay(day, of: id)
                checkIns[id] = try Fixture.checkIn()
                try await store.createCheckIn(checkIns[id]!, of: id)
            }

            try await store.delete(leaving.account.id)

            let gone = leaving.account.id
            #expect(try await store.account(id: gone) == nil)
            #expect(try await store.account(email: leaving.account.email) == nil)
            #expect(try await store.account(forTokenHash: tokens[gone]!.hash, now: Fixture.now) == nil)
            #expect(try await store.profile(of: gone) == nil)
            #expect(try await store.routineHistory(of: gone) == .empty)
            #expect(try await store.routineDays(of: gone, from: .minimum, to: .maximum) == [])
            #expect(try await store.checkIns(of: gone) == [])
            #expect(try await store.checkIn(checkIns[gone]!.id, of: gone) == nil)

            let kept = staying.account.id
            #expect(try await store.account(id: kept) == staying)
            #expect(try await store.account(forTokenHash: tokens[kept]!.hash, now: Fixture.now) == kept)
            #expect(try await store.profile(of: kept) == profile)
            #expect(try await store.routineHistory(of: kept).versions == [version])
            #expect(try await store.routineDays(of: kept, from: .minimum, to: .maximum) == [day])
            #expect(try await store.checkIns(of: kept) == [checkIns[kept]!])

            // The address is free again: a new sign-up with it succeeds.
            try await store.create(try Fixture.account("leaving@example.org"))
        }
    }
}
