import CelluliteKit
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
