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

    /// The contract reads images through their photo's row, so it cannot see an orphaned image:
    /// this counts the ciphertext rows themselves after each kind of deletion.
    @Test(arguments: TrackerBackend.availableDatabases)
    func noSealedImageOutlivesItsPhotoCheckInOrAccount(backend: TrackerBackend) async throws {
        try await backend.withDatabase { database in
            let store = FluentTrackerStore { database }
            let sql = database as! any SQLDatabase
            func imageRows() async throws -> Int {
                try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from(CreatePhotoImages.schema).first()!.decode(column: "n", as: Int.self)
            }
            let account = try await Fixture.createAccount(in: store)
            let checkIn = try Fixture.checkIn()
            try await store.createCheckIn(checkIn, of: account)
            let photos = [nil, checkIn.id, nil].map {
                Photo(
                    id: Photo.ID(UUID()), view: .backRelaxed, date: Fixture.today, checkIn: $0, width: 1, height: 1,
                    createdAt: Fixture.now)
            }
            for photo in photos {
                try await store.createPhoto(photo, sealed: SealedPhoto(full: [1, 2], thumbnail: [3]), of: account)
            }
            #expect(try await imageRows() == 3)
            #expect(try await store.deletePhoto(photos[0].id, of: account))
            #expect(try await imageRows() == 2)
            #expect(try await store.deleteCheckIn(checkIn.id, of: account))
            #expect(try await imageRows() == 1)
            try await store.delete(account)
            #expect(try await imageRows() == 0)
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
                "IndexCheckInsInListOrder", "CreatePhotos", "CreatePhotoImages", "CreatePhotoComparisons",
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
