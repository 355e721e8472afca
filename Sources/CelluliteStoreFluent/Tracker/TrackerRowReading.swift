import CelluliteKit
import CelluliteStore
import Foundation
import SQLKit

// The tracker's domain values, read from rows that selected the columns listed here: each column
// decoded by name, not through Fluent's models, which reflect over every property of every row.
// Turning the columns into domain values checks them, as the domain does, so a row that a bug or a
// hand edit damaged fails the whole read with `UnreadableStoredValue`.

/// The `accounts` columns a `StoredAccount` is made of.
struct AccountColumns {
    static let list: SQLQueryString = #""id", "email", "password_hash", "created_at""#
    static let table = CreateAccounts.schema

    let id: UUID
    let email: String
    let passwordHash: String
    let createdAt: Date

    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        email = try row.decode(column: "email", as: String.self)
        passwordHash = try row.decode(column: "password_hash", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }

    func storedAccount() throws -> StoredAccount {
        let email: Email
        do {
            email = try Email(self.email)
        } catch {
            throw UnreadableStoredValue(table: Self.table, column: "email", reason: error.description)
        }
        return StoredAccount(
            account: Account(id: Account.ID(id), email: email, createdAt: createdAt), passwordHash: passwordHash)
    }
}

/// The `profiles` columns a `SavedProfile` is made of.
struct ProfileColumns {
    static let list: SQLQueryString = #""profile_json", "saved_at""#
    static let table = CreateProfiles.schema

    let profileJSON: String
    let savedAt: Date

    init(_ row: any SQLRow) throws {
        profileJSON = try row.decode(column: "profile_json", as: String.self)
        savedAt = try row.decode(column: "saved_at", as: Date.self)
    }

    /// Read with the same strict decoder as a request body: a stored profile obeys today's rules.
    func savedProfile() throws -> SavedProfile {
        do {
            return SavedProfile(profile: try ProfileDecoder.decode(json: Array(profileJSON.utf8)), savedAt: savedAt)
        } catch {
            throw UnreadableStoredValue(table: Self.table, column: "profile_json", reason: error.description)
        }
    }
}

/// The `routine_versions` columns a `RoutineVersion` is made of.
struct RoutineVersionColumns {
    static let list: SQLQueryString = #""effective_from", "routine_json""#
    static let table = CreateRoutineVersions.schema

    let effectiveFrom: String
    let routineJSON: String

    init(_ row: any SQLRow) throws {
        effectiveFrom = try row.decode(column: "effective_from", as: String.self)
        routineJSON = try row.decode(column: "routine_json", as: String.self)
    }

    func routineVersion() throws -> RoutineVersion {
        RoutineVersion(
            effectiveFrom: try TrackerColumnCoding.date(effectiveFrom, table: Self.table, column: "effective_from"),
            routine: try TrackerColumnCoding.routine(routineJSON, table: Self.table, column: "routine_json"))
    }
}

/// The `routine_days` columns a `RoutineDay` is made of.
struct RoutineDayColumns {
    static let list: SQLQueryString = #""date", "done_json""#
    static let table = CreateRoutineDays.schema

    let date: String
    let doneJSON: String

    init(_ row: any SQLRow) throws {
        date = try row.decode(column: "date", as: String.self)
        doneJSON = try row.decode(column: "done_json", as: String.self)
    }

    func routineDay() throws -> RoutineDay {
        RoutineDay(
            restoring: try TrackerColumnCoding.date(date, table: Self.table, column: "date"),
            done: Set(
                try TrackerColumnCoding.strings(doneJSON, table: Self.table, column: "done_json")
            ))
    }
}

/// The `check_ins` columns a `CheckIn` is made of.
struct CheckInColumns {
    static let list: SQLQueryString = #""id", "date", "assessment_json", "notes", "created_at""#
    static let table = CreateCheckIns.schema

    let id: UUID
    let date: String
    let assessmentJSON: String
    let notes: String
    let createdAt: Date

    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        date = try row.decode(column: "date", as: String.self)
        assessmentJSON = try row.decode(column: "assessment_json", as: String.self)
        notes = try row.decode(column: "notes", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }

    /// Re-scores the stored answers (`CheckIn(restoring:…)`), so the score follows the scale's code.
    func checkIn() throws -> CheckIn {
        do {
            let input = try CheckInDecoder.storedAssessment(json: assessmentJSON.utf8)
            return try CheckIn(
                restoring: CheckIn.ID(id), date: try TrackerColumnCoding.date(date, table: Self.table, column: "date"),
                input: input, notes: notes, createdAt: createdAt)
        } catch let error as CheckInError {
            throw UnreadableStoredValue(table: Self.table, column: "assessment_json", reason: "\(error)")
        }
    }
}
