import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Testing

/// A row the database store did not write as it is (a bug, or a hand edit of the database) fails
/// the read that meets it, naming its table and column, rather than answer part of the data.
@Suite struct DamagedRowTests {
    typealias Fixture = ContractFixture

    @Test(arguments: TrackerBackend.availableDatabases)
    func aDamagedColumnFailsEveryReadOfItsRowNamingIt(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentTrackerStore { database }
            let account = try await Fixture.createAccount(in: store)
            let checkIn = try Fixture.checkIn()
            try await store.createCheckIn(checkIn, of: account)
            try await store.saveProfile(SavedProfile(profile: Fixture.profile, savedAt: Fixture.now), of: account)
            try await store.adoptRoutine(
                RoutineVersion(effectiveFrom: Fixture.today, routine: Fixture.routine("massage")), of: account)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.today, done: ["massage"]), of: account)

            func damage(_ table: String, _ column: String, to value: String, owner: String = "account_id") async throws
            {
                try await (database as! any SQLDatabase).raw(
                    """
                    UPDATE \(ident: table) SET \(ident: column) = \(bind: value)
                    WHERE \(ident: owner) = \(bind: account.uuid)
                    """
                ).run()
            }
            try await damage("accounts", "email", to: "not an email", owner: "id")
            try await damage("check_ins", "date", to: "someday")
            try await damage("profiles", "profile_json", to: "{}")
            try await damage("routine_versions", "routine_json", to: "[")
            try await damage("routine_days", "done_json", to: "{}")
            let today = Fixture.today

            await expectUnreadable("accounts.email") { _ = try await store.account(id: account) }
            await expectUnreadable("check_ins.date") { _ = try await store.checkIn(checkIn.id, of: account) }
            await expectUnreadable("check_ins.date") { _ = try await store.checkIns(of: account) }
            await expectUnreadable("check_ins.date") { _ = try await store.latestCheckIns(of: account, limit: 5) }
            await expectUnreadable("profiles.profile_json") { _ = try await store.profile(of: account) }
            await expectUnreadable("routine_versions.routine_json") { _ = try await store.routineHistory(of: account) }
            await expectUnreadable("routine_days.done_json") {
                _ = try await store.routineDays(of: account, from: today, to: today)
            }
        }
    }

    /// `read` throws the error that says `column` (as `table.column`) cannot be read.
    private func expectUnreadable(
        _ column: String, sourceLocation: SourceLocation = #_sourceLocation, _ read: () async throws -> Void
    ) async {
        do {
            try await read()
            Issue.record("\(column) was read", sourceLocation: sourceLocation)
        } catch {
            #expect("\(error)".hasPrefix("\(column) cannot be read: "), "\(error)", sourceLocation: sourceLocation)
        }
    }
}
