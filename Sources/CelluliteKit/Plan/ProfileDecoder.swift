import Foundation

/// Builds a `Profile` from JSON (ARCHITECTURE 3.2) or from form fields, rejecting unknown keys,
/// unknown values, wrong types and out-of-range numbers with a message naming the field.
public enum ProfileDecoder {
    public static let knownFields: Set<String> = [
        "age", "sex", "areas", "concern", "severity", "daysUntilEvent", "budgetUSD", "setting",
        "maxDowntimeDays", "fitzpatrick", "conditions", "allergies",
    ]

    public static func decode(json data: Data) throws(ProfileError) -> Profile {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformed(Self.describeSyntaxError(error))
        }
        guard case .object(let object) = value else {
            throw .malformed("expected a JSON object, got \(value.typeName)")
        }
        return try decode(object: object)
    }

    public static func decode(object: [String: JSONValue]) throws(ProfileError) -> Profile {
        var reader = FieldReader(object: object)
        for key in object.keys.sorted() where !knownFields.contains(key) {
            reader.fail(key, "is not a profile field (known fields: \(knownFields.sorted().joined(separator: ", ")))")
        }
        let age = reader.integer("age", in: Profile.ageRange, required: true)
        let profile = Profile(
            age: age ?? 0,
            sex: reader.choice("sex", Profile.Sex.self) ?? .female,
            areas: reader.choices("areas", Profile.Area.self),
            concern: reader.choice("concern", Profile.Concern.self),
            severity: reader.severity("severity"),
            daysUntilEvent: reader.integer("daysUntilEvent", in: Profile.daysUntilEventRange),
            budgetUSD: reader.integer("budgetUSD", in: Profile.budgetRange),
            setting: reader.choice("setting", Profile.SettingPreference.self) ?? .any,
            maxDowntimeDays: reader.integer("maxDowntimeDays", in: Profile.downtimeRange),
            fitzpatrick: reader.integer("fitzpatrick", in: Profile.fitzpatrickRange),
            conditions: Set(reader.choices("conditions", Profile.Condition.self)),
            allergies: Set(reader.choices("allergies", Profile.Allergy.self))
        )
        guard reader.errors.isEmpty else { throw .invalidFields(reader.errors) }
        return profile
    }

    /// Form fields (query string or CLI flags): every value is text; lists may repeat a key or be
    /// comma-separated. Empty values mean "not given". Same rules and messages as JSON.
    public static func decode(form: [String: [String]]) throws(ProfileError) -> Profile {
        let listFields: Set<String> = ["areas", "conditions", "allergies"]
        let numberFields: Set<String> = [
            "age", "daysUntilEvent", "budgetUSD", "maxDowntimeDays", "fitzpatrick", "severityScore",
        ]
        var object: [String: JSONValue] = [:]
        var errors: [FieldError] = []
        for (key, rawValues) in form {
            let values = rawValues.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if listFields.contains(key) {
                object[key] = .array(values.map(JSONValue.string))
                continue
            }
            guard let text = values.last else { continue }
            if key == "severityScale" || key == "severityScore" { continue }
            if numberFields.contains(key) {
                guard let number = Double(text) else {
                    errors.append(FieldError(field: key, message: "must be a number, like 34 (got \"\(text)\")"))
                    continue
                }
                object[key] = .number(number)
            } else {
                object[key] = .string(text)
            }
        }
        // The severity object arrives as two flat fields.
        let scale = form["severityScale"]?.last.flatMap { $0.isEmpty ? nil : $0 }
        let score = form["severityScore"]?.last.flatMap { $0.isEmpty ? nil : $0 }
        switch (scale, score) {
        case (let scale?, let score?):
            if let number = Double(score) {
                object["severity"] = .object(["scale": .string(scale), "score": .number(number)])
            } else {
                errors.append(FieldError(field: "severity.score", message: "must be a whole number (got \"\(score)\")"))
            }
        case (nil, .some):
            errors.append(FieldError(field: "severity.scale", message: "is needed when a severity score is given"))
        case (.some, nil), (nil, nil):
            break
        }
        let profile: Profile
        do {
            profile = try decode(object: object)
        } catch {
            throw .invalidFields(errors + error.fieldErrors)
        }
        guard errors.isEmpty else { throw .invalidFields(errors) }
        return profile
    }

    private static func describeSyntaxError(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        }
        return "\(error)"
    }
}

/// Reads typed fields out of a JSON object, collecting one error per bad field.
private struct FieldReader {
    let object: [String: JSONValue]
    var errors: [FieldError] = []

    mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, message: message))
    }

    /// Absent and null both mean "not given".
    private func value(_ field: String) -> JSONValue? {
        guard let value = object[field], value != .null else { return nil }
        return value
    }

    mutating func integer(_ field: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = value(field) else {
            if required { fail(field, "is required: a whole number from \(range.lowerBound) to \(range.upperBound)") }
            return nil
        }
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

    mutating func choice<E: RawRepresentable & CaseIterable>(_ field: String, _ type: E.Type) -> E?
    where E.RawValue == String {
        guard let value = value(field) else { return nil }
        guard case .string(let text) = value else {
            fail(field, "must be one of \(Self.options(E.self)), not \(Self.show(value))")
            return nil
        }
        guard let choice = E(rawValue: text) else {
            fail(field, "must be one of \(Self.options(E.self)) (got \"\(text)\")")
            return nil
        }
        return choice
    }

    mutating func choices<E: RawRepresentable & CaseIterable & Hashable>(_ field: String, _ type: E.Type) -> [E]
    where E.RawValue == String {
        guard let value = value(field) else { return [] }
        guard case .array(let items) = value else {
            fail(field, "must be a list of \(Self.options(E.self)), not \(Self.show(value))")
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

    mutating func severity(_ field: String) -> SeverityReading? {
        guard let value = value(field) else { return nil }
        guard case .object(let fields) = value else {
            fail(field, "must be an object like {\"scale\": \"hexsel-css\", \"score\": 8}")
            return nil
        }
        for key in fields.keys.sorted() where key != "scale" && key != "score" {
            fail("\(field).\(key)", "is not a severity field (use scale and score)")
        }
        var inner = FieldReader(object: fields)
        let scale = inner.choice("scale", SeverityScaleID.self)
        if fields["scale"] == nil || fields["scale"] == .null {
            inner.fail("scale", "is required: one of \(Self.options(SeverityScaleID.self))")
        }
        let range = scale?.scoreRange ?? 0...15
        let score = inner.integer("score", in: range, required: true)
        errors += inner.errors.map { FieldError(field: "\(field).\($0.field)", message: $0.message) }
        guard let scale, let score else { return nil }
        return SeverityReading(scale: scale, score: score)
    }

    static func options<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: ", ")
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: value.typeName
        }
    }
}
