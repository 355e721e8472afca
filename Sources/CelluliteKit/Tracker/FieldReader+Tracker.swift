extension FieldReader {
    /// A string field; absent or null is nil (and an error when `required`).
    public mutating func string(_ field: String, required: Bool = false, shape: String = "a string") -> String? {
        guard let value = value(field) else {
            if required { fail(field, "is required: \(shape)") }
            return nil
        }
        guard case .string(let text) = value else {
            fail(field, "must be \(shape), not \(Self.show(value))")
            return nil
        }
        return text
    }

    /// A `YYYY-MM-DD` date field.
    public mutating func date(_ field: String, required: Bool = false) -> LocalDate? {
        guard let text = string(field, required: required, shape: "a date written YYYY-MM-DD, like 2027-03-14")
        else { return nil }
        do {
            return try LocalDate(parsing: text)
        } catch {
            fail(field, "must be a real date written YYYY-MM-DD: \(error.description)")
            return nil
        }
    }

    /// A list of at most `maxCount` strings, each at most `maxLength` characters; nil (with an
    /// error) when any item is not a string.
    public mutating func strings(_ field: String, maxCount: Int, maxLength: Int, required: Bool = false) -> [String]? {
        guard let value = value(field) else {
            if required { fail(field, "is required: a list of strings") }
            return nil
        }
        guard case .array(let items) = value else {
            fail(field, "must be a list of strings, not \(Self.show(value))")
            return nil
        }
        guard items.count <= maxCount else {
            fail(field, "must have at most \(maxCount) values, got \(items.count)")
            return nil
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item, text.count <= maxLength else {
                fail(
                    "\(field)[\(index)]", "must be a string of at most \(maxLength) characters, not \(Self.show(item))")
                return nil
            }
            result.append(text)
        }
        return result
    }
}
