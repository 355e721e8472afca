import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Testing

/// What the tracker's tables guarantee by themselves, below the store: on each database driver.
@Suite struct TrackerSchemaTests {
    typealias Fixture = ContractFixture

    /// `FluentTrackerStore.delete` removes the rows itself; the foreign keys are the second line,
    /// for a row written by anything else than the store.
    @Test(arguments: TrackerBackend.availableDatabases)
    func deletingAnAccountRowCascadesToEveryRowThatPointsAtIt(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentTrackerStore { database }
            let account = try await Fixture.createAccount(in: store)
            let token = Fixture.token(of: account)
            try await store.create(token)
            try await store.saveProfile(SavedProfile(profile: Fixture.profile, savedAt: Fixture.now), of: account)
            try await store.adoptRoutine(
                RoutineVersion(effectiveFrom: Fixture.today, routine: Fixture.routine("dry-brushing")), of: account)
            try await store.recordRoutineDay(RoutineDay(restoring: Fixture.today, done: ["dry-brushing"]), of: account)
            try await store.createCheckIn(try Fixture.checkIn(), of: account)

            try await (database as! any SQLDatabase).delete(from: CreateAccounts.schema)
                .where("id", .equal, SQLBind(account.uuid)).run()

            #expect(try await store.account(forTokenHash: token.hash, now: Fixture.now) == nil)
            #expect(try await store.profile(of: account) == nil)
            #expect(try await store.routineHistory(of: account) == .empty)
            #expect(try await store.routineDays(of: account, from: .minimum, to: .maximum) == [])
            #expect(try await store.checkIns(of: account) == [])
        }
    }

    /// Unlike the in-memory store, the database refuses rows for an account it does not have (an
    /// account deleted while a request was writing for it leaves nothing behind).
    @Test(arguments: TrackerBackend.availableDatabases)
    func aRowForAnAccountThatDoesNotExistIsRefused(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentTrackerStore { database }
            let nobody = Account.ID(UUID())
            await #expect(throws: (any Error).self) { try await store.createCheckIn(try Fixture.checkIn(), of: nobody) }
            await #expect(throws: (any Error).self) { try await store.create(Fixture.token(of: nobody)) }
            let written = try await store.checkIns(of: nobody)
            #expect(written == [])
        }
    }

    @Test func theTrackerMigrationsComeAfterTheSessionOnesInTheOrderWritten() {
        #expect(
            StoreMigrations.all.map(\.name) == [
                "CreateSessions", "AddSessionExpiry", "CreateAccounts", "CreateTokens", "CreateFailedLogins",
                "CreateProfiles", "CreateRoutineVersions", "CreateRoutineDays", "CreateCheckIns",
                "IndexCheckInsInListOrder",
            ])
    }

    /// The latest check-ins come straight off an index in their whole list order, with no sort
    /// of the account's history (SQLite's plan says so; PostgreSQL's costs depend on its statistics).
    @Test func theLatestCheckInsAreReadInIndexOrderWithoutASort() async throws {
        try await TrackerBackend.sqlite.withDatabase { database in
            let sql = database as! any SQLDatabase
            let rows = try await sql.raw(
                """
                EXPLAIN QUERY PLAN SELECT * FROM check_ins WHERE account_id = 'x'
                ORDER BY date DESC, created_at DESC, id DESC LIMIT 26
                """
            ).all()
            let plan = try rows.map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "; ")
            #expect(plan.contains("INDEX check_ins_account_list_order"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func aStoreWhoseDatabaseIsGoneThrowsClosed() async {
        let store = FluentTrackerStore { nil }
        await #expect(throws: SessionStoreClosed.self) { try await store.account(id: Account.ID(UUID())) }
        await #expect(throws: SessionStoreClosed.self) { try await store.delete(Account.ID(UUID())) }
    }
}
