import Foundation

/// Builds a `Profile` from JSON (ARCHITECTURE 3.2) or from form fields, rejecting unknown keys,
/// unknown values, wrong types and out-of-range numbers with a message naming the field.
public enum ProfileDecoder {
    public static let knownFields: Set<String> = [
        "age", "sex", "areas", "concern", "severity", "daysUntilEvent", "budgetUSD", "setting",
        "maxDowntimeDays", "fitzpatrick", "conditions", "allergies",
    ]
    /// The most values a list field takes (repeats included): more than any list has options.
    public static let maxListLength = 32

    public static func decode(json data: some Collection<UInt8>) throws(ProfileError) -> Profile {
        let reader: FieldReader
        do {
            reader = try FieldReader(json: data, shape: "{\"age\": 34}")
        } catch {
            switch error {
            case .malformed(let reason): throw .malformed(reason)
            }
        }
        return try decode(object: reader.object)
    }

    public static func decode(object: [String: JSONValue]) throws(ProfileError) -> Profile {
        var reader = FieldReader(object: object)
        reader.rejectUnknownKeys(knownFields, noun: "a profile field")
        let age = reader.integer("age", in: Profile.ageRange, required: true)
        let profile = Profile(
            age: age ?? 0,
            sex: reader.choice("sex", Profile.Sex.self) ?? .female,
            areas: reader.choices("areas", Profile.Area.self, maxCount: maxListLength),
            concern: reader.choice("concern", Profile.Concern.self),
            severity: reader.severity("severity"),
            daysUntilEvent: reader.integer("daysUntilEvent", in: Profile.daysUntilEventRange),
            budgetUSD: reader.integer("budgetUSD", in: Profile.budgetRange),
            setting: reader.choice("setting", Profile.SettingPreference.self) ?? .any,
            maxDowntimeDays: reader.integer("maxDowntimeDays", in: Profile.downtimeRange),
            fitzpatrick: reader.integer("fitzpatrick", in: Profile.fitzpatrickRange),
            conditions: Set(reader.choices("conditions", Profile.Condition.self, maxCount: maxListLength)),
            allergies: Set(reader.choices("allergies", Profile.Allergy.self, maxCount: maxListLength))
        )
        guard reader.errors.isEmpty else { throw .invalidFields(reader.errors) }
        return profile
    }

    private static let formListFields: Set<String> = ["areas", "conditions", "allergies"]
    private static let formNumberFields: Set<String> = [
        "age", "daysUntilEvent", "budgetUSD", "maxDowntimeDays", "fitzpatrick", "severityScore",
    ]

    /// Form fields (query string or CLI flags): every value is text; lists may repeat a key or be
    /// comma-separated. Empty values mean "not given". Same rules and messages as JSON.
    public static func decode(form: [String: [String]]) throws(ProfileError) -> Profile {
        var object: [String: JSONValue] = [:]
        var errors: [FieldError] = []
        for (key, rawValues) in form {
            let values = rawValues.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            if formListFields.contains(key) {
                object[key] = .array(values.map(JSONValue.string))
                continue
            }
            guard let text = values.last else { continue }
            if key == "severityScale" || key == "severityScore" { continue }
            if formNumberFields.contains(key) {
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
}

extension FieldReader {
    /// `{"scale": "hexsel-css", "score": 8}`, the score checked against its scale's range.
    mutating func severity(_ field: String) -> SeverityReading? {
        nested(field, shape: "{\"scale\": \"hexsel-css\", \"score\": 8}") { inner in
            inner.rejectUnknownKeys(["scale", "score"], noun: "a severity field")
            let scale = inner.choice("scale", SeverityScaleID.self, required: true)
            let score = inner.integer("score", in: scale?.scoreRange ?? 0...15, required: true)
            guard let scale, let score else { return nil }
            return SeverityReading(scale: scale, score: score)
        }
    }
}
