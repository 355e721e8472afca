/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) this API needs. A class so a
/// schema can hold schemas (items, properties) without boxes; immutable, so Sendable.
public final class JSONSchema: Encodable, Sendable {
    let ref: String?
    let types: [String]
    let description: String?
    let properties: [String: JSONSchema]?
    let required: [String]?
    let additionalProperties: Bool?
    let items: JSONSchema?
    let enumValues: [String]?
    let minimum: Double?
    let maximum: Double?
    let minItems: Int?
    let maxItems: Int?
    let minLength: Int?
    let maxLength: Int?
    let pattern: String?
    /// "binary" for a file part of a multipart body.
    let format: String?
    /// Exactly one of these holds (per-scale readings, "this or null").
    let oneOf: [JSONSchema]?
    /// A combination that is refused although each part is fine (cross-field rules).
    let not: JSONSchema?

    init(
        ref: String? = nil, types: [String] = [], description: String? = nil,
        properties: [String: JSONSchema]? = nil, required: [String]? = nil, additionalProperties: Bool? = nil,
        items: JSONSchema? = nil, enumValues: [String]? = nil, minimum: Double? = nil, maximum: Double? = nil,
        minItems: Int? = nil, maxItems: Int? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: String? = nil, format: String? = nil, oneOf: [JSONSchema]? = nil, not: JSONSchema? = nil
    ) {
        self.ref = ref
        self.types = types
        self.description = description
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.enumValues = enumValues
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.format = format
        self.oneOf = oneOf
        self.not = not
    }

    private enum CodingKeys: String, CodingKey {
        case ref = "$ref", type, description, properties, required, additionalProperties, items
        case enumValues = "enum", minimum, maximum, minItems, maxItems, minLength, maxLength, pattern, format, oneOf,
            not
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(ref, forKey: .ref)
        if types.count == 1 {
            try container.encode(types[0], forKey: .type)
        } else if !types.isEmpty {
            try container.encode(types, forKey: .type)
        }
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(properties, forKey: .properties)
        try container.encodeIfPresent(required, forKey: .required)
        try container.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
        try container.encodeIfPresent(items, forKey: .items)
        try container.encodeIfPresent(enumValues, forKey: .enumValues)
        try container.encodeIfPresent(minimum, forKey: .minimum)
        try container.encodeIfPresent(maximum, forKey: .maximum)
        try container.encodeIfPresent(minItems, forKey: .minItems)
        try container.encodeIfPresent(maxItems, forKey: .maxItems)
        try container.encodeIfPresent(minLength, forKey: .minLength)
        try container.encodeIfPresent(maxLength, forKey: .maxLength)
        try container.encodeIfPresent(pattern, forKey: .pattern)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(oneOf, forKey: .oneOf)
        try container.encodeIfPresent(not, forKey: .not)
    }
}

// Builders, so the document reads like the JSON it describes.
extension JSONSchema {
    static func ref(_ component: String) -> JSONSchema {
        JSONSchema(ref: "#/components/schemas/\(component)")
    }

    static func string(
        _ description: String? = nil, nullable: Bool = false, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: String? = nil
    ) -> JSONSchema {
        JSONSchema(
            types: nullable ? ["string", "null"] : ["string"], description: description, minLength: minLength,
            maxLength: maxLength, pattern: pattern)
    }

    /// A calendar day, YYYY-MM-DD: a real one (`format: date`), not only the shape.
    static func date(_ description: String? = nil) -> JSONSchema {
        JSONSchema(
            types: ["string"], description: description, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format: "date")
    }

    /// A file's bytes, as a multipart part.
    static func binary(_ description: String) -> JSONSchema {
        JSONSchema(types: ["string"], description: description, format: "binary")
    }

    /// `schema` or null: absent and null both mean "not given" in a request.
    static func nullable(_ schema: JSONSchema) -> JSONSchema {
        JSONSchema(oneOf: [schema, JSONSchema(types: ["null"])])
    }

    static func exactlyOne(of schemas: [JSONSchema], _ description: String? = nil) -> JSONSchema {
        JSONSchema(description: description, oneOf: schemas)
    }

    static func oneOf<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ description: String? = nil
    ) -> JSONSchema where E.RawValue == String {
        JSONSchema(types: ["string"], description: description, enumValues: E.allCases.map(\.rawValue))
    }

    static func constant(_ value: String, _ description: String? = nil) -> JSONSchema {
        JSONSchema(types: ["string"], description: description, enumValues: [value])
    }

    static func enumeration(_ values: [String], _ description: String? = nil) -> JSONSchema {
        JSONSchema(types: ["string"], description: description, enumValues: values)
    }

    static func integer(
        _ description: String? = nil, in range: ClosedRange<Int>? = nil, minimum: Int? = nil, nullable: Bool = false
    ) -> JSONSchema {
        JSONSchema(
            types: nullable ? ["integer", "null"] : ["integer"], description: description,
            minimum: (range?.lowerBound ?? minimum).map(Double.init), maximum: range.map { Double($0.upperBound) })
    }

    static func number(_ description: String? = nil, in range: ClosedRange<Double>? = nil) -> JSONSchema {
        JSONSchema(types: ["number"], description: description, minimum: range?.lowerBound, maximum: range?.upperBound)
    }

    static func boolean(_ description: String? = nil) -> JSONSchema {
        JSONSchema(types: ["boolean"], description: description)
    }

    static func array(
        of items: JSONSchema, _ description: String? = nil, minItems: Int? = nil, maxItems: Int? = nil,
        nullable: Bool = false
    ) -> JSONSchema {
        JSONSchema(
            types: nullable ? ["array", "null"] : ["array"], description: description, items: items,
            minItems: minItems, maxItems: maxItems)
    }

    /// A closed object: any other key is an error in a request and undocumented in a response.
    /// `optional` names the keys that may be absent; every other property is always present.
    static func object(_ properties: [String: JSONSchema], optional: Set<String> = []) -> JSONSchema {
        object(nil, properties, optional: optional)
    }

    static func object(
        _ description: String?, _ properties: [String: JSONSchema], optional: Set<String> = [],
        not forbidden: JSONSchema? = nil
    ) -> JSONSchema {
        JSONSchema(
            types: ["object"], description: description, properties: properties,
            required: properties.keys.filter { !optional.contains($0) }.sorted(), additionalProperties: false,
            not: forbidden)
    }

    /// An object that has each of these properties with these values (for `not`).
    static func matching(_ values: [String: String]) -> JSONSchema {
        JSONSchema(
            properties: values.mapValues { JSONSchema(enumValues: [$0]) }, required: values.keys.sorted())
    }

    /// An object whose keys are free (the OpenAPI document itself).
    static func anyObject(_ description: String? = nil) -> JSONSchema {
        JSONSchema(types: ["object"], description: description)
    }
}
