import CelluliteKit
import CelluliteStore
import Foundation

/// A stored value that no longer reads as the domain value it was written from (a bug, or a hand
/// edit of the database): the read fails as a whole rather than return part of the data.
struct UnreadableStoredValue: Error, CustomStringConvertible {
    let table: String
    let column: String
    let reason: String

    var description: String { "\(table).\(column) cannot be read: \(reason)" }
}

/// How the tracker's domain values are written to text columns and read back.
enum TrackerColumnCoding {
    /// Sorted keys, so equal values are equal text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decodeJSON<Value: Decodable>(
        _ type: Value.Type, from text: String, table: String, column: String
    ) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw UnreadableStoredValue(table: table, column: column, reason: "\(error)")
        }
    }

    static func date(_ text: String, table: String, column: String) throws -> LocalDate {
        do {
            return try LocalDate(parsing: text)
        } catch {
            throw UnreadableStoredValue(table: table, column: column, reason: error.description)
        }
    }

    /// A day's ticks as a sorted JSON list: the same set is always the same text.
    static func doneJSON(_ done: Set<String>) throws -> String { try json(done.sorted()) }
}

extension AccountRow {
    func storedAccount() throws -> StoredAccount {
        let email: Email
        do {
            email = try Email(self.email)
        } catch {
            throw UnreadableStoredValue(table: Self.schema, column: "email", reason: error.description)
        }
        return StoredAccount(
            account: Account(id: Account.ID(try requireID()), email: email, createdAt: createdAt),
            passwordHash: passwordHash)
    }
}

extension ProfileRow {
    /// Read with the same strict decoder as a request body: a stored profile obeys today's rules.
    func savedProfile() throws -> SavedProfile {
        do {
            return SavedProfile(profile: try ProfileDecoder.decode(json: Array(profileJSON.utf8)), savedAt: savedAt)
        } catch {
            throw UnreadableStoredValue(table: Self.schema, column: "profile_json", reason: error.description)
        }
    }
}

extension RoutineVersionRow {
    func routineVersion() throws -> RoutineVersion {
        RoutineVersion(
            effectiveFrom: try TrackerColumnCoding.date(effectiveFrom, table: Self.schema, column: "effective_from"),
            routine: try TrackerColumnCoding.decodeJSON(
                Routine.self, from: routineJSON, table: Self.schema, column: "routine_json"))
    }
}

extension RoutineDayRow {
    func routineDay() throws -> RoutineDay {
        RoutineDay(
            restoring: try TrackerColumnCoding.date(date, table: Self.schema, column: "date"),
            done: Set(
                try TrackerColumnCoding.decodeJSON(
                    [String].self, from: doneJSON, table: Self.schema, column: "done_json")))
    }
}

extension CheckInRow {
    /// Re-scores the stored answers (`CheckIn(restoring:…)`), so the score follows the scale's code.
    func checkIn() throws -> CheckIn {
        let input = try TrackerColumnCoding.decodeJSON(
            AssessmentInput.self, from: assessmentJSON, table: Self.schema, column: "assessment_json")
        do {
            return try CheckIn(
                restoring: CheckIn.ID(try requireID()),
                date: try TrackerColumnCoding.date(date, table: Self.schema, column: "date"),
                input: input, notes: notes, createdAt: createdAt)
        } catch let error as CheckInError {
            throw UnreadableStoredValue(table: Self.schema, column: "assessment_json", reason: "\(error)")
        }
    }
}
