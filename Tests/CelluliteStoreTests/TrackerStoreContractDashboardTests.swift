import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Testing

/// The store contract, part three: the dashboard's one read answers what its five reads answer.
@Suite struct TrackerStoreContractDashboardTests {
    typealias Fixture = ContractFixture

    @Test(arguments: TrackerBackend.available)
    func theDashboardReadsWhatTheFiveReadsRead(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let owner = try await Fixture.createAccount(in: store)
            let other = try await Fixture.createAccount(in: store)
            for account in [owner, other] {
                try await store.saveProfile(
                    SavedProfile(profile: Fixture.profile, savedAt: Fixture.now + (account == owner ? 0 : 1)),
                    of: account)
                for offset in [-30, -3, 0] {
                    try await store.adoptRoutine(
                        RoutineVersion(
                            effectiveFrom: Fixture.day(offset), routine: Fixture.routine("massage-\(offset)")),
                        of: account)
                }
                // Days before, inside and after the range read below.
                for offset in [-40, -29, -7, -1, 0, 2] {
                    try await store.recordRoutineDay(
                        RoutineDay(restoring: Fixture.day(offset), done: ["massage-\(offset)"]), of: account)
                }
                // More check-ins than the limit, several on one date, two at the same instant, and
                // one recorded last but dated first.
                var checkIns = try (0..<12).map { index in
                    try Fixture.checkIn(
                        on: Fixture.day(-(index / 3)), .selfRating(level: 1 + index % 4), notes: "#\(index)",
                        createdAt: Fixture.now + Double(index % 3) * 0.5)
                }
                checkIns.append(try Fixture.checkIn(on: Fixture.day(-9), createdAt: Fixture.now + 900))
                checkIns.append(try Fixture.checkIn(on: Fixture.day(0), createdAt: Fixture.now + 1))
                for checkIn in checkIns.shuffled() { try await store.createCheckIn(checkIn, of: account) }
            }

            for account in [owner, other] {
                for limit in [0, 1, 5, 14, 40] {
                    let from = Fixture.day(-29)
                    let to = Fixture.day(0)
                    let reading = try await store.dashboard(
                        of: account, routineDaysFrom: from, to: to, latestCheckIns: limit)
                    let expected = DashboardReading(
                        account: try await store.account(id: account),
                        routineHistory: try await store.routineHistory(of: account),
                        routineDays: try await store.routineDays(of: account, from: from, to: to),
                        latestCheckIns: try await store.latestCheckIns(of: account, limit: limit),
                        profile: try await store.profile(of: account))
                    #expect(reading == expected, "limit \(limit)")
                    #expect(reading.account?.account.id == account)
                    #expect(reading.routineDays.map(\.date) == [-29, -7, -1, 0].map(Fixture.day))
                    #expect(reading.latestCheckIns.count == min(limit, 14))
                    #expect(reading.routineHistory.versions.count == 3)
                }
            }
        }
    }

    @Test(arguments: TrackerBackend.available)
    func aGoneAccountsDashboardHoldsNothing(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            try await store.saveProfile(SavedProfile(profile: Fixture.profile, savedAt: Fixture.now), of: account)
            try await store.createCheckIn(try Fixture.checkIn(), of: account)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.today, done: ["a"]), of: account)
            let empty = DashboardReading(
                account: nil, routineHistory: .empty, routineDays: [], latestCheckIns: [], profile: nil)

            #expect(
                try await store.dashboard(of: account, routineDaysFrom: .minimum, to: .maximum, latestCheckIns: 5)
                    != empty)
            try await store.delete(account)
            #expect(
                try await store.dashboard(of: account, routineDaysFrom: .minimum, to: .maximum, latestCheckIns: 5)
                    == empty)
            #expect(
                try await store.dashboard(
                    of: Account.ID(UUID()), routineDaysFrom: .minimum, to: .maximum, latestCheckIns: 5) == empty)
        }
    }

    /// Each damaged column fails the dashboard's read too, naming it, as it fails its own read.
    @Test(arguments: TrackerBackend.availableDatabases)
    func aDamagedColumnFailsTheDashboardNamingIt(backend: TrackerBackend) async throws {
        let damages = [
            ("accounts", "email", "not an email", "id"), ("check_ins", "date", "someday", "account_id"),
            ("profiles", "profile_json", "{}", "account_id"), ("routine_versions", "routine_json", "[", "account_id"),
            ("routine_days", "done_json", "{}", "account_id"),
        ]
        for (table, column, value, owner) in damages {
            try await backend.withDatabase { database in
                let store = FluentTrackerStore { database }
                let account = try await Fixture.createAccount(in: store)
                try await store.createCheckIn(try Fixture.checkIn(), of: account)
                try await store.saveProfile(SavedProfile(profile: Fixture.profile, savedAt: Fixture.now), of: account)
                try await store.adoptRoutine(
                    RoutineVersion(effectiveFrom: Fixture.today, routine: Fixture.routine("massage")), of: account)
                try await store.recordRoutineDay(RoutineDay(restoring: Fixture.today, done: ["massage"]), of: account)
                try await (database as! any SQLDatabase).raw(
                    "UPDATE \(ident: table) SET \(ident: column) = \(bind: value) WHERE \(ident: owner) = \(bind: account.uuid)"
                ).run()

                do {
                    _ = try await store.dashboard(
                        of: account, routineDaysFrom: Fixture.today, to: Fixture.today, latestCheckIns: 5)
                    Issue.record("\(table).\(column) was read")
                } catch {
                    #expect("\(error)".hasPrefix("\(table).\(column) cannot be read: "), "\(error)")
                }
            }
        }
    }
}
