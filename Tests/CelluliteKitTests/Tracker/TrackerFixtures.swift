import CelluliteKit
import Foundation

/// A date from "YYYY-MM-DD"; a typo in a test is a test bug, so it traps.
func day(_ text: String) -> LocalDate {
    do {
        return try LocalDate(parsing: text)
    } catch {
        fatalError("bad test date \(text): \(error)")
    }
}

/// The JSON a value encodes to, keys sorted, for comparing shapes.
func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// The JSON a value encodes to, as a dictionary.
func jsonObject(_ value: some Encodable) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as! [String: Any]
}

/// An instant in UTC.
func instant(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    guard let date = formatter.date(from: text) else { fatalError("bad test instant \(text)") }
    return date
}

let routineA = Routine(items: [
    RoutineItem(treatment: "caffeine-topical", name: "Caffeine cream"),
    RoutineItem(treatment: "self-tanner", name: "Self-tanner"),
])
let routineB = Routine(items: [
    RoutineItem(treatment: "retinol-topical", name: "Retinol cream")
])
