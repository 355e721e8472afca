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

    /// A `Routine` as `json` wrote it, `{"items": [{"name": …, "treatment": …}, …]}`, read with
    /// `StrictJSON`: `JSONDecoder` took 2.5% of a dashboard view for it (perf, 4 December).
    static func routine(_ text: String, table: String, column: String) throws -> Routine {
        let unreadable = UnreadableStoredValue(
            table: table, column: column, reason: "expected {\"items\": [{\"name\": …, \"treatment\": …}]}")
        guard case .object(let object) = try parsed(text, table: table, column: column),
            case .array(let items)? = object["items"]
        else { throw unreadable }
        return Routine(
            items: try items.map { item in
                guard case .object(let fields) = item, case .string(let treatment)? = fields["treatment"],
                    case .string(let name)? = fields["name"]
                else { throw unreadable }
                return RoutineItem(treatment: treatment, name: name)
            })
    }

    /// A list of strings as `json` wrote it.
    static func strings(_ text: String, table: String, column: String) throws -> [String] {
        let unreadable = UnreadableStoredValue(table: table, column: column, reason: "expected a list of strings")
        guard case .array(let items) = try parsed(text, table: table, column: column) else { throw unreadable }
        return try items.map { item in
            guard case .string(let text) = item else { throw unreadable }
            return text
        }
    }

    private static func parsed(_ text: String, table: String, column: String) throws -> JSONValue {
        do {
            return try StrictJSON.parse(text.utf8)
        } catch {
            throw UnreadableStoredValue(table: table, column: column, reason: error.description)
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
