/// Where a recommendation sits in the plan (ARCHITECTURE 3.3).
public enum PlanSection: String, Codable, Sendable, CaseIterable {
    /// Acts within the days before the event, with no downtime.
    case beforeEvent = "before-event"
    /// The home routine.
    case daily
    /// To discuss with a dermatologist.
    case inOffice = "in-office"
}

/// Why a treatment was left out; every exclusion carries at least one.
public enum ExclusionKind: String, Codable, Sendable, CaseIterable {
    case contraindication, preference, budget, timeline, downtime, evidence, availability, scope
}

public struct PlanEvidence: Codable, Sendable, Hashable {
    public var sort: SORTGrade
    public var grade: GRADECertainty
    public var ocebm: String
    /// Plain-language badge ("Limited evidence").
    public var label: String
}

public struct PlanCost: Codable, Sendable, Hashable {
    public var min: Int?
    public var max: Int?
    public var unit: String
    public var confidence: Confidence
}

public struct Recommendation: Codable, Sendable, Hashable {
    public var treatment: String
    public var name: String
    public var section: PlanSection
    /// 1-based rank within its section.
    public var rank: Int
    public var reasons: [String]
    public var cautions: [String]
    /// True when a clinician must review this before the person goes ahead.
    public var needsClinicianReview: Bool
    public var evidence: PlanEvidence
    public var costUSD: PlanCost
    public var timeToResults: String
    public var downtimeDays: DayRange
    /// Example products of this kind (ids), leaving out any whose ingredients the person should avoid.
    public var products: [String]
    public var citations: [String]
}

public struct ExcludedReason: Codable, Sendable, Hashable {
    public var kind: ExclusionKind
    public var text: String
}

public struct Exclusion: Codable, Sendable, Hashable {
    public var treatment: String
    public var name: String
    /// Plain reasons, as the contract fixes them (strings).
    public var reasons: [String]
    /// The same reasons with their kind, for filtering and display.
    public var reasonKinds: [ExclusionKind]
}

public struct Plan: Codable, Sendable, Hashable {
    public var recommendations: [Recommendation]
    public var excluded: [Exclusion]
    public var redFlags: [String]
    /// What was left out or needs care for this person's safety, and why, in words (pregnancy,
    /// infection, age): shown at the top of the plan.
    public var safetySummary: [String]
    public var questionsForYourDermatologist: [String]
    public var expectations: String

    public func recommendations(in section: PlanSection) -> [Recommendation] {
        recommendations.filter { $0.section == section }
    }

    /// `recommendations(in: section).map(transform)` without copying each recommendation (some
    /// twenty strings and arrays to retain) into an array first. Inlinable, so that callers in
    /// other modules get it specialized rather than through generic metadata (which cost more
    /// than the copies it saves).
    @inlinable
    public func recommendations<Item>(in section: PlanSection, _ transform: (Recommendation) -> Item) -> [Item] {
        recommendations.compactMap { $0.section == section ? transform($0) : nil }
    }
}
