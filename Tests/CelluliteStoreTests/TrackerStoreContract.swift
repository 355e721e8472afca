import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentPostgresDriver
import FluentSQL
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing

/// Where the store contract runs: every contract test takes each of these as its argument, so the
/// in-memory store and the database one are held to one set of behaviours.
enum TrackerBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case inMemory = "in memory"
    case sqlite = "SQLite"
    case postgres = "PostgreSQL"

    var testDescription: String { rawValue }

    /// CELLULITE_TEST_POSTGRES_URL, as scripts/test sets it and the migration tests read it; or
    /// DATABASE_URL when that names PostgreSQL.
    static let postgresURL: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["CELLULITE_TEST_POSTGRES_URL"], !url.isEmpty { return url }
        if case .postgres(let url)? = try? DatabaseSettings.fromEnvironment(environment) { return url }
        return nil
    }()

    /// The backends the contract runs on here: PostgreSQL only with a URL for it. Its absence is
    /// reported as a skipped test (`TrackerStoreContractBackendTests`): a case cancelled with
    /// `Test.cancel` shows as passed in Swift 6.3's console, which would hide it.
    static var available: [TrackerBackend] { postgresURL == nil ? [.inMemory, .sqlite] : allCases }

    /// The backends with a database under them.
    static var availableDatabases: [TrackerBackend] { available.filter { $0 != .inMemory } }

    static let postgresMissing: Comment =
        "set CELLULITE_TEST_POSTGRES_URL (scripts/test does) to run the store contract on PostgreSQL"

    /// Runs `body` with a new, empty store of this kind, removed afterwards.
    func withStore(_ body: (any TrackerStore) async throws -> Void) async throws {
        if self == .inMemory { return try await body(InMemoryTrackerStore()) }
        try await withDatabase { database in try await body(FluentTrackerStore { database }) }
    }

    /// Runs `body` with a new database of this kind, every migration applied, removed afterwards.
    func withDatabase(_ body: (any Database) async throws -> Void) async throws {
        switch self {
        case .inMemory:
            Issue.record("the in-memory store has no database")
        case .sqlite:
            // A fresh in-memory database per call (SQLiteKit names each one with a new UUID).
            try await withFluentDatabase(.sqlite(.memory), body)
        case .postgres:
            guard let url = Self.postgresURL else {
                Issue.record(Self.postgresMissing)
                return
            }
            // A schema of its own per test, so tests run in parallel (the purges count every row)
            // and never meet the migration tests' tables. The search path may name the schema
            // before it exists: the first statement on the connection creates it.
            let schema = "tracker_contract_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = [schema]
            try await withFluentDatabase(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 2),
                setUp: "CREATE SCHEMA \(ident: schema)", tearDown: "DROP SCHEMA \(ident: schema) CASCADE", body)
        }
    }

    /// Opens the database on one event loop, runs `setUp` and every migration, hands it to `body`,
    /// then runs `tearDown` and closes it, whether or not `body` threw.
    private func withFluentDatabase(
        _ configuration: DatabaseConfigurationFactory, setUp: SQLQueryString? = nil,
        tearDown: SQLQueryString? = nil, _ body: (any Database) async throws -> Void
    ) async throws {
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: eventLoop)
        databases.use(configuration, as: DatabaseID(string: "tracker-contract"), isDefault: true)
        var logger = Logger(label: "cellulite.store.contract")
        logger.logLevel = .warning  // not a line per migration per test
        let database = databases.database(logger: logger, on: eventLoop)!
        var failure: (any Error)?
        do {
            if let setUp { try await (database as! any SQLDatabase).raw(setUp).run() }
            let migrations = Migrations()
            StoreMigrations.register(in: migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            try await body(database)
        } catch {
            failure = error
        }
        if let tearDown {
            do {
                try await (database as! any SQLDatabase).raw(tearDown).run()
            } catch {
                failure = failure ?? error
            }
        }
        await databases.shutdownAsync()
        if let failure { throw failure }
    }
}

/// Values the contract tests build their data from. Instants are whole or simple fractions of a
/// second, which every backend keeps exactly (PostgreSQL keeps microseconds).
enum ContractFixture {
    /// 2027-01-15T08:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let today = LocalDate(year: 2027, month: 1, day: 15)!

    static func day(_ offset: Int) -> LocalDate { today.adding(days: offset)! }

    static func account(_ email: String = "ana@example.org", createdAt: Date = now) throws -> StoredAccount {
        StoredAccount(
            account: Account(id: Account.ID(UUID()), email: try Email(email), createdAt: createdAt),
            passwordHash: "$2b$12$" + UUID().uuidString)
    }

    /// Creates a new account with a unique email and returns its id.
    static func createAccount(in store: any TrackerStore) async throws -> Account.ID {
        let account = try account("person-\(UUID().uuidString.prefix(8))@example.org")
        try await store.create(account)
        return account.account.id
    }

    static func token(of account: Account.ID, expiresAt: Date = now + 3600) -> StoredToken {
        StoredToken(
            hash: (UUID().uuidString + UUID().uuidString).lowercased(), account: account, createdAt: now,
            expiresAt: expiresAt)
    }

    static func checkIn(
        on date: LocalDate = today, _ input: AssessmentInput = .selfRating(level: 2), notes: String = "",
        createdAt: Date = now
    ) throws -> CheckIn {
        try CheckIn(restoring: CheckIn.ID(UUID()), date: date, input: input, notes: notes, createdAt: createdAt)
    }

    static func routine(_ treatments: String...) -> Routine {
        Routine(items: treatments.map { RoutineItem(treatment: $0, name: $0.capitalized) })
    }

    static let profile = Profile(
        age: 34, areas: [.thighs, .buttocks], concern: .dimples, severity: SeverityReading(scale: .hexselCSS, score: 8),
        daysUntilEvent: 3, budgetUSD: 100, maxDowntimeDays: 2, fitzpatrick: 3, conditions: [.pregnant])
}

/// The harness itself, on PostgreSQL: skipped, and so reported, when there is no URL for it.
@Suite struct TrackerStoreContractBackendTests {
    /// The PostgreSQL runs share one database; they may run in parallel only if no run sees another's rows.
    @Test(.enabled(if: TrackerBackend.postgresURL != nil, TrackerBackend.postgresMissing))
    func eachPostgreSQLRunHasASchemaOfItsOwn() async throws {
        try await TrackerBackend.postgres.withStore { first in
            let account = try ContractFixture.account("shared@example.org")
            try await first.create(account)
            try await TrackerBackend.postgres.withStore { second in
                #expect(try await second.account(id: account.account.id) == nil)
                // Not taken here: the unique index is the other schema's.
                try await second.create(try ContractFixture.account("shared@example.org"))
            }
        }
    }
}
