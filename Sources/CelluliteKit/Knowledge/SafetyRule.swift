/// What a safety rule does to a treatment when it fires.
public enum SafetyAction: String, Codable, Sendable, CaseIterable {
    /// Never recommend it to this person.
    case exclude
    /// Recommend only with "a clinician must review this first" in its cautions.
    case clinicianReview = "clinician-review"
    /// Recommend with a caution.
    case caution
}

/// Who a rule applies to. A rule fires when any listed trigger matches. The values are the
/// profile's own types, so a misspelt condition fails to load instead of silently never firing.
public struct SafetyTrigger: Codable, Sendable, Hashable {
    public var conditions: [Profile.Condition]?
    public var allergies: [Profile.Allergy]?
    public var fitzpatrickAtLeast: Int?
    /// Fires when the person did not give a skin type (R8: "not sure" is not "fair").
    public var fitzpatrickUnknown: Bool?
    public var ageBelow: Int?
    public var sex: [Profile.Sex]?
    /// Fires for everyone (R12, R16, R17).
    public var everyone: Bool?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case conditions, allergies, fitzpatrickAtLeast, fitzpatrickUnknown, ageBelow, sex, everyone
    }

    public init(from decoder: any Decoder) throws {
        // A misspelt key would otherwise be ignored and leave a rule that never fires.
        let any = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        if let unknown = any.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: any,
                debugDescription:
                    "unknown trigger '\(unknown.stringValue)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        conditions = try container.decodeIfPresent([Profile.Condition].self, forKey: .conditions)
        allergies = try container.decodeIfPresent([Profile.Allergy].self, forKey: .allergies)
        fitzpatrickAtLeast = try container.decodeIfPresent(Int.self, forKey: .fitzpatrickAtLeast)
        fitzpatrickUnknown = try container.decodeIfPresent(Bool.self, forKey: .fitzpatrickUnknown)
        ageBelow = try container.decodeIfPresent(Int.self, forKey: .ageBelow)
        sex = try container.decodeIfPresent([Profile.Sex].self, forKey: .sex)
        everyone = try container.decodeIfPresent(Bool.self, forKey: .everyone)
    }

    /// True when no trigger is set, so the rule could never fire.
    var isEmpty: Bool {
        (conditions ?? []).isEmpty && (allergies ?? []).isEmpty && fitzpatrickAtLeast == nil
            && fitzpatrickUnknown != true && ageBelow == nil && (sex ?? []).isEmpty && everyone != true
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// One action of a rule on a set of treatments.
public struct SafetyEffect: Codable, Sendable, Hashable {
    public var action: SafetyAction
    /// Treatment slugs; empty with `allInOffice` true means every in-office option.
    public var treatments: [String]
    public var allInOffice: Bool?
    /// Shown as the reason (exclude) or caution (review, caution).
    public var message: String
    /// How an exclusion is classed; default `contraindication`.
    public var kind: ExclusionKind?
    /// Product ingredients this person must avoid even in products of other kinds (retinol and
    /// the vitamin A forms a label may hide it behind).
    public var avoidActives: [String]?
}

/// A safety rule from the research sheet (R1–R17), as data.
public struct SafetyRule: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var trigger: SafetyTrigger
    public var effects: [SafetyEffect]
    /// Red flag shown at the top of the plan when the rule fires.
    public var redFlag: String?
    /// What the rule changed and why, in words, for the summary at the top of the plan.
    public var summary: String?
    /// Question added for the dermatologist when the rule fires.
    public var question: String?
    public var citations: [String]

    /// True when this person matches any of the rule's triggers.
    public func fires(for profile: Profile) -> Bool {
        if trigger.everyone == true { return true }
        if let conditions = trigger.conditions, conditions.contains(where: profile.conditions.contains) { return true }
        if let allergies = trigger.allergies, allergies.contains(where: profile.allergies.contains) { return true }
        if let minimum = trigger.fitzpatrickAtLeast, let type = profile.fitzpatrick, type >= minimum { return true }
        if trigger.fitzpatrickUnknown == true, profile.fitzpatrick == nil { return true }
        if let limit = trigger.ageBelow, profile.age < limit { return true }
        if let sexes = trigger.sex, sexes.contains(profile.sex) { return true }
        return false
    }
}

extension SafetyEffect {
    public func applies(to treatment: Treatment) -> Bool {
        treatments.contains(treatment.id) || (allInOffice == true && treatment.setting == .inOffice)
    }
}
