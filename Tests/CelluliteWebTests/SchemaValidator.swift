import CelluliteKit
import Foundation

/// A small, strict JSON Schema checker for the keywords the OpenAPI document uses. Strict on
/// purpose: a property the schema does not list is an error, so a response cannot grow a field
/// the document does not describe, and a keyword it does not know is an error too.
struct SchemaValidator {
    let schemas: [String: JSONValue]

    init(document: JSONValue) {
        schemas = document["components"]?["schemas"]?.objectValue ?? [:]
    }

    static let knownKeywords: Set<String> = [
        "$ref", "type", "description", "properties", "required", "additionalProperties", "items", "enum",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "oneOf", "not",
        // An annotation only: "binary" marks a file part of a multipart body, never JSON to check.
        "format",
    ]

    func resolve(_ schema: JSONValue) -> JSONValue {
        guard let ref = schema["$ref"]?.stringValue else { return schema }
        let name = String(ref.dropFirst("#/components/schemas/".count))
        return schemas[name].map(resolve) ?? .null
    }

    /// Every way `value` breaks `schema`, each with its JSON path; empty when it conforms.
    func errors(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if let ref = schema["$ref"]?.stringValue {
            let resolved = resolve(schema)
            guard resolved != .null else { return ["\(path): unresolvable $ref \(ref)"] }
            return errors(value, resolved, at: path)
        }
        var problems: [String] = []
        for keyword in schema.objectValue.keys where !Self.knownKeywords.contains(keyword) {
            problems.append("\(path): schema uses unknown keyword \(keyword)")
        }
        let types: [String] =
            schema["type"].map { $0.stringValue.map { [$0] } ?? $0.arrayValue.compactMap(\.stringValue) } ?? []
        if !types.isEmpty && !types.contains(where: { Self.matches(value, type: $0) }) {
            return problems + ["\(path): expected \(types.joined(separator: " or ")), got \(value.text.prefix(60))"]
        }
        if let branches = schema["oneOf"]?.arrayValue {
            let matching = branches.filter { errors(value, $0, at: path).isEmpty }.count
            if matching != 1 { problems.append("\(path): matches \(matching) of the oneOf branches, not exactly 1") }
        }
        if let forbidden = schema["not"], errors(value, forbidden, at: path).isEmpty {
            problems.append("\(path): \(value.text.prefix(60)) matches a combination the schema forbids")
        }
        if case .string(let text) = value {
            let length = text.unicodeScalars.count
            if let minimum = schema["minLength"]?.intValue, length < minimum {
                problems.append("\(path): \(length) characters, fewer than \(minimum)")
            }
            if let maximum = schema["maxLength"]?.intValue, length > maximum {
                problems.append("\(path): \(length) characters, more than \(maximum)")
            }
            if let pattern = schema["pattern"]?.stringValue,
                text.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): \(text.prefix(60).debugDescription) does not match \(pattern)")
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            problems.append("\(path): \(value.text) is not one of \(options.map(\.text).joined(separator: ", "))")
        }
        if case .number(let number) = value {
            if let minimum = schema["minimum"], case .number(let bound) = minimum, number < bound {
                problems.append("\(path): \(number) is below the minimum \(bound)")
            }
            if let maximum = schema["maximum"], case .number(let bound) = maximum, number > bound {
                problems.append("\(path): \(number) is above the maximum \(bound)")
            }
        }
        if case .array(let items) = value {
            if let minimum = schema["minItems"]?.intValue, items.count < minimum {
                problems.append("\(path): \(items.count) items, fewer than \(minimum)")
            }
            if let maximum = schema["maxItems"]?.intValue, items.count > maximum {
                problems.append("\(path): \(items.count) items, more than \(maximum)")
            }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() {
                    problems += errors(item, itemSchema, at: "\(path)[\(index)]")
                }
            }
        }
        if case .object(let object) = value {
            let properties = schema["properties"]?.objectValue ?? [:]
            for required in schema["required"]?.arrayValue.compactMap(\.stringValue) ?? [] where object[required] == nil
            {
                problems.append("\(path): missing required \(required)")
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] {
                    problems += errors(member, propertySchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(path): \(key) is not in the document")
                }
            }
        }
        return problems
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    /// A value that satisfies `schema`, built only from the schema: first enum value, minimum
    /// numbers, every property, the fewest items allowed, a real day for `format: date`.
    func example(_ schema: JSONValue) -> JSONValue {
        let schema = resolve(schema)
        if let first = schema["oneOf"]?.arrayValue.first { return example(first) }
        if let first = schema["enum"]?.arrayValue.first { return first }
        let types = schema["type"].map { $0.stringValue.map { [$0] } ?? $0.arrayValue.compactMap(\.stringValue) } ?? []
        switch types.first(where: { $0 != "null" }) ?? "null" {
        case "object":
            return .object(schema["properties"]?.objectValue.mapValues(example) ?? [:])
        case "array":
            let count = max(schema["minItems"]?.intValue ?? 1, 1)
            return .array(Array(repeating: schema["items"].map(example) ?? .null, count: count))
        case "integer", "number":
            if case .number(let minimum)? = schema["minimum"] { return .number(minimum) }
            return .number(0)
        case "boolean": return .bool(true)
        case "string":
            if schema["format"]?.stringValue == "date" { return .string("2026-01-15") }
            // A pattern that admits the empty string (an optional id's "^$|…") gets it.
            if let pattern = schema["pattern"]?.stringValue, "".range(of: pattern, options: .regularExpression) != nil {
                return .string("")
            }
            // Long enough for a minimum length (a new password's 12 characters).
            if case .number(let minimum)? = schema["minLength"], minimum > 7 {
                return .string("example" + String(repeating: "x", count: Int(minimum) - 7))
            }
            return .string("example")
        default: return .null
        }
    }
}
