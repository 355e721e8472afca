import CelluliteKit
import CelluliteStore
import FluentKit
import FluentSQL
import Foundation

/// `TrackerStore` on the app's database (SQLite or PostgreSQL), held by the store contract suite
/// to the behaviour of `InMemoryTrackerStore`. Every query of an account's rows filters on the
/// account id, so another account's id finds, changes and deletes nothing.
///
/// Reads are one SQL statement each, selecting only the columns they need and decoding them by
/// name (`TrackerRowReading.swift`): Fluent's model decoding reflects over every row and was most
/// of a dashboard's time. SQLKit also writes the upserts ("replace what that day held") and the
/// `RETURNING` that tells a replace or delete whether a row was there, each one statement, so two
/// requests cannot interleave between a check and a write. Fluent's models serve the remaining
/// writes and deletes, none of them on a hot path.
public struct FluentTrackerStore: TrackerStore {
    private let handles: DatabaseHandles

    /// `database` is asked for a handle on each use; nil once the app is shutting down. Reads and
    /// writes both use it.
    public init(database: @escaping @Sendable () -> (any Database)?) {
        handles = DatabaseHandles(reader: database, writer: database)
    }

    /// Reads from `handles.reader`, writes to `handles.writer` (one connection on SQLite).
    public init(_ handles: DatabaseHandles) {
        self.handles = handles
    }

    var database: any Database {
        get throws { try DatabaseHandles.open(handles.reader) }
    }

    var sql: any SQLDatabase {
        get throws { try database.sql }
    }

    var writer: any Database {
        get throws { try DatabaseHandles.open(handles.writer) }
    }

    var writerSQL: any SQLDatabase {
        get throws { try writer.sql }
    }

    private static let emailTaken = UniqueViolation(
        constraint: CreateAccounts.uniqueEmail, sqliteColumns: "\(CreateAccounts.schema).email")

    // MARK: Accounts

    public func create(_ account: StoredAccount) async throws {
        let row = AccountRow(
            id: account.account.id.uuid, email: account.account.email.address, passwordHash: account.passwordHash,
            createdAt: account.account.createdAt)
        do {
            try await row.create(on: try writer)
        } catch let error where Self.emailTaken.matches(error) {
            throw StoreError.emailTaken
        }
    }

    public func account(id: Account.ID) async throws -> StoredAccount? {
        try await sql.raw(
            """
            SELECT \(AccountColumns.list) FROM \(ident: AccountColumns.table) WHERE "id" = \(bind: id.uuid)
            """
        ).first().map { try AccountColumns($0).storedAccount() }
    }

    public func account(email: Email) async throws -> StoredAccount? {
        try await sql.raw(
            """
            SELECT \(AccountColumns.list) FROM \(ident: AccountColumns.table) WHERE "email" = \(bind: email.address)
            """
        ).first().map { try AccountColumns($0).storedAccount() }
    }

    public func setPasswordHash(_ hash: String, of id: Account.ID) async throws {
        try await AccountRow.query(on: try writer).filter(\.$id == id.uuid).set(\.$passwordHash, to: hash).update()
    }

    /// One transaction deletes the rows of every table that points at the account, then the account.
    /// The foreign keys cascade too, but SQLite enforces them only on connections that turned them
    /// on, so the deletes do not rely on it.
    public func delete(_ id: Account.ID) async throws {
        let account = id.uuid
        try await writer.transaction { database in
            try await TokenRow.query(on: database).filter(\.$accountID == account).delete()
            try await ProfileRow.query(on: database).filter(\.$id == account).delete()
            try await RoutineVersionRow.query(on: database).filter(\.$accountID == account).delete()
            try await RoutineDayRow.query(on: database).filter(\.$accountID == account).delete()
            try await Self.deleteAllPhotos(of: account, on: database)
            try await CheckInRow.query(on: database).filter(\.$accountID == account).delete()
            try await AccountRow.query(on: database).filter(\.$id == account).delete()
        }
    }

    // MARK: Tokens

    /// A token with the same hash is replaced, as in memory (with 256 random bits, only a retry
    /// of the same token can repeat one).
    public func create(_ token: StoredToken) async throws {
        try await writer.sql.insert(into: CreateTokens.schema)
            .columns("hash", "account_id", "created_at", "expires_at")
            .values(
                SQLBind(token.hash), SQLBind(token.account.uuid), SQLBind(token.createdAt), SQLBind(token.expiresAt)
            )
            .onConflict(with: ["hash"]) { update in
                update.set(excludedValueOf: "account_id").set(excludedValueOf: "created_at")
                    .set(excludedValueOf: "expires_at")
            }
            .run()
    }

    /// Binds: the hash, now. Run on every API request.
    private static let tokenAccount = SerializedStatement(
        """
        SELECT "account_id" FROM \(ident: CreateTokens.schema)
        WHERE "hash" = \(bind: "") AND "expires_at" > \(bind: "")
        """)

    public func account(forTokenHash hash: String, now: Date) async throws -> Account.ID? {
        try await Self.tokenAccount.query(hash, now, on: try sql).first().map {
            Account.ID(try $0.decode(column: "account_id", as: UUID.self))
        }
    }

    public func deleteToken(hash: String) async throws {
        try await TokenRow.query(on: try writer).filter(\.$id == hash).delete()
    }

    public func deleteTokens(of account: Account.ID, keeping: String?) async throws {
        let tokens = TokenRow.query(on: try writer).filter(\.$accountID == account.uuid)
        if let keeping { tokens.filter(\.$id != keeping) }
        try await tokens.delete()
    }

    public func purgeExpiredTokens(now: Date) async throws -> Int {
        try await writer.sql.delete(from: CreateTokens.schema)
            .where("expires_at", .lessThanOrEqual, SQLBind(now))
            .returning("hash").all().count
    }

    // MARK: Failed log-ins

    public func recordFailedLogin(keys: [String], at time: Date) async throws {
        guard !keys.isEmpty else { return }
        try await keys.map { FailedLoginRow(key: $0, failedAt: time) }.create(on: try writer)
    }

    public func failedLogins(key: String, since: Date) async throws -> [Date] {
        try await sql.raw(
            """
            SELECT "failed_at" FROM \(ident: CreateFailedLogins.schema)
            WHERE "key" = \(bind: key) AND "failed_at" >= \(bind: since) ORDER BY "failed_at" ASC
            """
        ).all().map { try $0.decode(column: "failed_at", as: Date.self) }
    }

    public func clearFailedLogins(key: String) async throws {
        try await FailedLoginRow.query(on: try writer).filter(\.$key == key).delete()
    }

    public func purgeFailedLogins(before: Date) async throws -> Int {
        try await writer.sql.delete(from: CreateFailedLogins.schema)
            .where("failed_at", .lessThan, SQLBind(before))
            .returning("id").all().count
    }

    // MARK: Profile and routine

    public func saveProfile(_ profile: SavedProfile, of account: Account.ID) async throws {
        try await writer.sql.insert(into: CreateProfiles.schema)
            .columns("account_id", "profile_json", "saved_at")
            .values(SQLBind(account.uuid), SQLBind(ProfileJSON.encode(profile.profile)), SQLBind(profile.savedAt))
            .onConflict(with: ["account_id"]) { update in
                update.set(excludedValueOf: "profile_json").set(excludedValueOf: "saved_at")
            }
            .run()
    }

    public func profile(of account: Account.ID) async throws -> SavedProfile? {
        try await sql.raw(
            """
            SELECT \(ProfileColumns.list) FROM \(ident: ProfileColumns.table) WHERE "account_id" = \(bind: account.uuid)
            """
        ).first().map { try ProfileColumns($0).savedProfile() }
    }

    /// In no particular order: `RoutineHistory` sorts the versions by date.
    public func routineHistory(of account: Account.ID) async throws -> RoutineHistory {
        let rows = try await sql.raw(
            """
            SELECT \(RoutineVersionColumns.list) FROM \(ident: RoutineVersionColumns.table)
            WHERE "account_id" = \(bind: account.uuid)
            """
        ).all()
        return RoutineHistory(versions: try rows.map { try RoutineVersionColumns($0).routineVersion() })
    }

    public func adoptRoutine(_ version: RoutineVersion, of account: Account.ID) async throws {
        try await writer.sql.insert(into: CreateRoutineVersions.schema)
            .columns("id", "account_id", "effective_from", "routine_json")
            .values(
                SQLBind(UUID()), SQLBind(account.uuid), SQLBind(version.effectiveFrom.iso),
                SQLBind(try TrackerColumnCoding.json(version.routine))
            )
            .onConflict(with: ["account_id", "effective_from"]) { update in
                update.set(excludedValueOf: "routine_json")
            }
            .run()
    }

    public func recordRoutineDay(_ day: RoutineDay, of account: Account.ID) async throws {
        try await writer.sql.insert(into: CreateRoutineDays.schema)
            .columns("id", "account_id", "date", "done_json")
            .values(
                SQLBind(UUID()), SQLBind(account.uuid), SQLBind(day.date.iso),
                SQLBind(try TrackerColumnCoding.doneJSON(day.done))
            )
            .onConflict(with: ["account_id", "date"]) { update in update.set(excludedValueOf: "done_json") }
            .run()
    }

    /// `YYYY-MM-DD` text compares as the dates do, so the range is a range of text.
    public func routineDays(of account: Account.ID, from: LocalDate, to: LocalDate) async throws -> [RoutineDay] {
        try await sql.raw(
            """
            SELECT \(RoutineDayColumns.list) FROM \(ident: RoutineDayColumns.table)
            WHERE "account_id" = \(bind: account.uuid) AND "date" >= \(bind: from.iso) AND "date" <= \(bind: to.iso)
            ORDER BY "date" ASC
            """
        ).all().map { try RoutineDayColumns($0).routineDay() }
    }

    // MARK: Check-ins

    /// Binds: the id, the account, the date, the assessment, the notes, when it was recorded.
    private static let insertCheckIn = SerializedStatement(
        """
        INSERT INTO \(ident: CreateCheckIns.schema)
        ("id", "account_id", "date", "assessment_json", "notes", "created_at")
        VALUES (\(bind: ""), \(bind: ""), \(bind: ""), \(bind: ""), \(bind: ""), \(bind: ""))
        """)

    public func createCheckIn(_ checkIn: CheckIn, of account: Account.ID) async throws {
        let assessment = try TrackerColumnCoding.json(checkIn.assessment.input)
        try await Self.insertCheckIn.query(
            checkIn.id.uuid, account.uuid, checkIn.date.iso, assessment, checkIn.notes, checkIn.createdAt,
            on: try writerSQL
        ).run()
    }

    public func checkIn(_ id: CheckIn.ID, of account: Account.ID) async throws -> CheckIn? {
        try await sql.raw(
            """
            SELECT \(CheckInColumns.list) FROM \(ident: CheckInColumns.table)
            WHERE "id" = \(bind: id.uuid) AND "account_id" = \(bind: account.uuid)
            """
        ).first().map { try CheckInColumns($0).checkIn() }
    }

    /// By date, then creation time, then id: the order of `CheckIn.chronologically` (both drivers
    /// order UUIDs by their bytes, as `TypedID` does), which the index of `IndexCheckInsInListOrder`
    /// holds them in.
    public func checkIns(of account: Account.ID) async throws -> [CheckIn] {
        try await sql.raw(
            """
            SELECT \(CheckInColumns.list) FROM \(ident: CheckInColumns.table) WHERE "account_id" = \(bind: account.uuid)
            ORDER BY "date" ASC, "created_at" ASC, "id" ASC
            """
        ).all().map { try CheckInColumns($0).checkIn() }
    }

    /// The last `limit` of `checkIns(of:)`, oldest first: read newest first, so the database stops
    /// after `limit` rows of the index, then turned around.
    public func latestCheckIns(of account: Account.ID, limit: Int) async throws -> [CheckIn] {
        try await sql.raw(
            """
            SELECT \(CheckInColumns.list) FROM \(ident: CheckInColumns.table) WHERE "account_id" = \(bind: account.uuid)
            ORDER BY "date" DESC, "created_at" DESC, "id" DESC LIMIT \(literal: max(limit, 0))
            """
        ).all().reversed().map { try CheckInColumns($0).checkIn() }
    }

    public func replaceCheckIn(_ checkIn: CheckIn, of account: Account.ID) async throws -> Bool {
        let replaced = try await writer.sql.update(CreateCheckIns.schema)
            .set("date", to: SQLBind(checkIn.date.iso))
            .set("assessment_json", to: SQLBind(try TrackerColumnCoding.json(checkIn.assessment.input)))
            .set("notes", to: SQLBind(checkIn.notes))
            .set("created_at", to: SQLBind(checkIn.createdAt))
            .where("id", .equal, SQLBind(checkIn.id.uuid)).where("account_id", .equal, SQLBind(account.uuid))
            .returning("id").all()
        return !replaced.isEmpty
    }

    /// Its photos first, in the same transaction, so none is left pointing at nothing.
    public func deleteCheckIn(_ id: CheckIn.ID, of account: Account.ID) async throws -> Bool {
        try await writer.transaction { database in
            let photos = try await PhotoRow.query(on: database).filter(\.$accountID == account.uuid)
                .filter(\.$checkInID == id.uuid).all(\.$id).compactMap { $0 }
            _ = try await Self.deletePhotos(photos, of: account.uuid, on: database)
            let deleted = try await database.sql.delete(from: CreateCheckIns.schema)
                .where("id", .equal, SQLBind(id.uuid)).where("account_id", .equal, SQLBind(account.uuid))
                .returning("id").all()
            return !deleted.isEmpty
        }
    }
}
