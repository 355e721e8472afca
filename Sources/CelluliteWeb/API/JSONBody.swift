import CelluliteKit
import Foundation
import Vapor

/// Strict reading of a small JSON request body: malformed JSON is a 400; unknown keys, missing
/// keys, wrong types and out-of-range values are 422s that name the field. Collects every bad
/// field before failing.
struct JSONBody {
    private let object: [String: JSONValue]
    private(set) var errors: [FieldError] = []

    /// Parses the body as a JSON object and rejects keys outside `fields`.
    init(_ request: Request, fields: [String]) throws(APIError) {
        let data = request.body.data.map { Data($0.readableBytesView) } ?? Data()
        try StrictJSON.rejectTrailingCommas(data)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformedJSON(data.isEmpty ? "the body is empty" : "check quotes, commas and brackets")
        }
        guard case .object(let object) = value else {
            throw .malformedJSON(
                "expected a JSON object like {\(fields.map { "\"\($0)\": …" }.joined(separator: ", "))}")
        }
        self.object = object
        for key in object.keys.sorted() where !fields.contains(key) {
            fail(key, "is not a known field (known fields: \(fields.joined(separator: ", ")))")
        }
    }

    mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, message: message))
    }

    /// Throws the collected field errors, if any.
    func finish() throws(APIError) {
        guard errors.isEmpty else { throw .invalidFields(errors) }
    }

    /// A required string that must be one of `E`'s raw values.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ field: String, _ type: E.Type) -> E?
    where E.RawValue == String {
        let options = E.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value = object[field], value != .null else {
            fail(field, "is required: one of \(options)")
            return nil
        }
        guard case .string(let text) = value, let choice = E(rawValue: text) else {
            fail(field, "must be one of \(options)")
            return nil
        }
        return choice
    }

    /// An optional string that, when given (and not null), must be one of `E`'s raw values.
    mutating func optionalChoice<E: RawRepresentable & CaseIterable>(_ field: String, _ type: E.Type) -> E?
    where E.RawValue == String {
        guard let value = object[field], value != .null else { return nil }
        return choice(field, type)
    }

    /// A required whole number within `range`.
    mutating func integer(_ field: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = object[field], value != .null else {
            fail(field, "is required: a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return Self.integer(value, field: field, in: range, errors: &errors)
    }

    /// A required list of exactly `count` whole numbers, each within `range`.
    mutating func integers(_ field: String, count: Int, in range: ClosedRange<Int>) -> [Int]? {
        let shape = "a list of \(count) whole numbers from \(range.lowerBound) to \(range.upperBound)"
        guard let value = object[field], value != .null else {
            fail(field, "is required: \(shape)")
            return nil
        }
        guard case .array(let items) = value else {
            fail(field, "must be \(shape)")
            return nil
        }
        guard items.count == count else {
            fail(field, "must have exactly \(count) scores, got \(items.count)")
            return nil
        }
        let numbers = items.enumerated().map { index, item in
            Self.integer(item, field: "\(field)[\(index)]", in: range, errors: &errors)
        }
        let valid = numbers.compactMap { $0 }
        return valid.count == count ? valid : nil
    }

    private static func integer(
        _ value: JSONValue, field: String, in range: ClosedRange<Int>, errors: inout [FieldError]
    ) -> Int? {
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e15 else {
            errors.append(
                FieldError(
                    field: field, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        guard range.contains(Int(number)) else {
            errors.append(
                FieldError(
                    field: field,
                    message: "must be from \(range.lowerBound) to \(range.upperBound) (got \(Int(number)))"))
            return nil
        }
        return Int(number)
    }
}
