/// Reads typed fields out of a parsed JSON object, collecting one error per bad field, so a
/// caller can name every wrong field at once. Absent and null both mean "not given".
public struct FieldReader: Sendable {
    public let object: [String: JSONValue]
    public private(set) var errors: [FieldError] = []

    public init(object: [String: JSONValue]) {
        self.object = object
    }

    /// Parses `bytes` with `StrictJSON` and requires an object; `shape` describes it for the message.
    public init(json bytes: some Collection<UInt8>, shape: String) throws(FieldReaderError) {
        let value: JSONValue
        do {
            value = try StrictJSON.parse(bytes)
        } catch {
            throw .malformed(error.message)
        }
        guard case .object(let object) = value else {
            throw .malformed("expected a JSON object like \(shape), got \(value.typeName)")
        }
        self.init(object: object)
    }

    public mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, message: message))
    }

    /// One error per key outside `known`, in key order.
    public mutating func rejectUnknownKeys(_ known: some Collection<String>, noun: String = "a known field") {
        // The list only for a message: made on every read, it cost as much as the reading.
        guard object.keys.contains(where: { !known.contains($0) }) else { return }
        let list = known.sorted().joined(separator: ", ")
        for key in object.keys.sorted() where !known.contains(key) {
            fail(key, "is not \(noun) (known fields: \(list))")
        }
    }

    public func value(_ field: String) -> JSONValue? {
        guard let value = object[field], value != .null else { return nil }
        return value
    }

    public func has(_ field: String) -> Bool { value(field) != nil }

    public mutating func integer(_ field: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = value(field) else {
            if required { fail(field, "is required: a whole number from \(range.lowerBound) to \(range.upperBound)") }
            return nil
        }
        return integer(value, field: field, in: range)
    }

    private mutating func integer(_ value: JSONValue, field: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e15 else {
            fail(
                field, "must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.show(value))"
            )
            return nil
        }
        let integer = Int(number)
        guard range.contains(integer) else {
            fail(field, "must be from \(range.lowerBound) to \(range.upperBound) (got \(integer))")
            return nil
        }
        return integer
    }

    /// Exactly `count` whole numbers, each within `range`.
    public mutating func integers(_ field: String, count: Int, in range: ClosedRange<Int>) -> [Int]? {
        let shape = "a list of \(count) whole numbers from \(range.lowerBound) to \(range.upperBound)"
        guard let value = value(field) else {
            fail(field, "is required: \(shape)")
            return nil
        }
        guard case .array(let items) = value else {
            fail(field, "must be \(shape), not \(Self.show(value))")
            return nil
        }
        guard items.count == count else {
            fail(field, "must have exactly \(count) scores, got \(items.count)")
            return nil
        }
        let numbers = items.enumerated().compactMap { index, item in
            integer(item, field: "\(field)[\(index)]", in: range)
        }
        return numbers.count == count ? numbers : nil
    }

    public mutating func choice<E: RawRepresentable & CaseIterable>(
        _ field: String, _ type: E.Type, required: Bool = false
    )
        -> E?
    where E.RawValue == String {
        guard let value = value(field) else {
            if required { fail(field, "is required: one of \(Self.options(E.self))") }
            return nil
        }
        guard case .string(let text) = value else {
            fail(field, "must be one of \(Self.options(E.self)), not \(Self.show(value))")
            return nil
        }
        guard let choice = E(rawValue: text) else {
            fail(field, "must be one of \(Self.options(E.self)) (got \(Self.show(value)))")
            return nil
        }
        return choice
    }

    /// A list of at most `maxCount` choices; repeats are dropped, keeping the first.
    public mutating func choices<E: RawRepresentable & CaseIterable & Hashable>(
        _ field: String, _ type: E.Type, maxCount: Int = .max
    ) -> [E]
    where E.RawValue == String {
        guard let value = value(field) else { return [] }
        guard case .array(let items) = value else {
            fail(field, "must be a list of \(Self.options(E.self)), not \(Self.show(value))")
            return []
        }
        guard items.count <= maxCount else {
            fail(field, "must have at most \(maxCount) values, got \(items.count)")
            return []
        }
        var result: [E] = []
        for item in items {
            guard case .string(let text) = item, let choice = E(rawValue: text) else {
                fail(field, "has an unknown value \(Self.show(item)); allowed: \(Self.options(E.self))")
                return []
            }
            if !result.contains(choice) { result.append(choice) }
        }
        return result
    }

    /// Reads a nested object with its own reader; its errors come back prefixed with `field.`.
    public mutating func nested<T>(_ field: String, shape: String, _ read: (inout FieldReader) -> T?) -> T? {
        guard let value = value(field) else { return nil }
        guard case .object(let fields) = value else {
            fail(field, "must be an object like \(shape)")
            return nil
        }
        var inner = FieldReader(object: fields)
        let result = read(&inner)
        errors += inner.errors.map { FieldError(field: "\(field).\($0.field)", message: $0.message) }
        return result
    }

    public static func options<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String
    where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: ", ")
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text.prefix(60))\""
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: value.typeName
        }
    }
}

/// Why a body could not be read as a JSON object at all.
public enum FieldReaderError: Error, Sendable, Hashable {
    case malformed(String)
}
