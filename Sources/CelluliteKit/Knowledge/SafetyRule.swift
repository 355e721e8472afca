/// What a safety rule does to a treatment when it fires.
public enum SafetyAction: String, Codable, Sendable, CaseIterable {
    /// Never recommend it to this person.
    case exclude
    /// Recommend only with "a clinician must review this first" in its cautions.
    case clinicianReview = "clinician-review"
    /// Recommend with a caution.
    case caution
}

/// Who a rule applies to. A rule fires when any listed trigger matches.
public struct SafetyTrigger: Codable, Sendable, Hashable {
    public var conditions: [String]?
    public var allergies: [String]?
    public var fitzpatrickAtLeast: Int?
    public var ageBelow: Int?
    public var sex: [String]?
    /// Fires for everyone (R12, R16, R17).
    public var everyone: Bool?
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
}

/// A safety rule from the research sheet (R1–R17), as data.
public struct SafetyRule: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var trigger: SafetyTrigger
    public var effects: [SafetyEffect]
    /// Red flag shown at the top of the plan when the rule fires.
    public var redFlag: String?
    /// Question added for the dermatologist when the rule fires.
    public var question: String?
    public var citations: [String]

    /// True when this person matches any of the rule's triggers.
    public func fires(for profile: Profile) -> Bool {
        if trigger.everyone == true { return true }
        if let conditions = trigger.conditions,
            conditions.contains(where: { profile.conditions.map(\.rawValue).contains($0) })
        {
            return true
        }
        if let allergies = trigger.allergies,
            allergies.contains(where: { profile.allergies.map(\.rawValue).contains($0) })
        {
            return true
        }
        if let minimum = trigger.fitzpatrickAtLeast, let type = profile.fitzpatrick, type >= minimum { return true }
        if let limit = trigger.ageBelow, profile.age < limit { return true }
        if let sexes = trigger.sex, sexes.contains(profile.sex.rawValue) { return true }
        return false
    }
}

extension SafetyEffect {
    public func applies(to treatment: Treatment) -> Bool {
        treatments.contains(treatment.id) || (allInOffice == true && treatment.setting == .inOffice)
    }
}
