/// Where a treatment happens.
public enum TreatmentSetting: String, Codable, Sendable, CaseIterable {
    case inOffice = "in-office"
    case home
}

/// How a treatment acts on the skin, fat lobules and fibrous bands.
public enum Mechanism: String, Codable, Sendable, CaseIterable {
    case releaseBands = "release-bands"
    case reduceFat = "reduce-fat"
    case firmSkin = "firm-skin"
    case fill
    case camouflage
    case reduceFluid = "reduce-fluid"
}

public enum AvailabilityStatus: String, Codable, Sendable, CaseIterable {
    case available, discontinued, unknown
}

public struct Availability: Codable, Sendable, Hashable {
    public var status: AvailabilityStatus
    public var note: Fact
}

/// Regulatory status, with the indication quoted word for word where one exists.
public struct Regulatory: Codable, Sendable, Hashable {
    /// Short label, e.g. "FDA-cleared device (510(k))", "FDA-approved drug, withdrawn", "Cosmetic".
    public var status: String
    /// True when using it for cellulite is outside its labelled indication (Sculptra).
    public var offLabelForCellulite: Bool
    /// The indication wording, quoted, with its source.
    public var indication: Fact?
    public var notes: [Fact]
}

/// SORT recommendation strength.
public enum SORTGrade: String, Codable, Sendable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// GRADE certainty of the evidence.
public enum GRADECertainty: String, Codable, Sendable, CaseIterable {
    case high, moderate, low
    case veryLow = "very-low"

    /// Plain words for a badge; never shown by colour alone.
    public var plainWords: String {
        switch self {
        case .high: "Strong evidence"
        case .moderate: "Moderate evidence"
        case .low: "Limited evidence"
        case .veryLow: "Very limited evidence"
        }
    }

    /// A symbol that carries the level without colour: filled dots out of four.
    public var symbol: String {
        switch self {
        case .high: "●●●●"
        case .moderate: "●●●○"
        case .low: "●●○○"
        case .veryLow: "●○○○"
        }
    }
}

/// Which way the evidence points. A SORT B against a lasting benefit (mechanical massage) is not
/// a B for it, and must not look like one.
public enum EvidenceDirection: String, Codable, Sendable, CaseIterable {
    case forBenefit = "for"
    case against
}

public struct Evidence: Codable, Sendable, Hashable {
    public var sort: SORTGrade
    public var grade: GRADECertainty
    /// Oxford CEBM 2011 level of the best single study, e.g. "4" or "1-2".
    public var ocebm: String
    /// One sentence saying why it got this grade.
    public var basis: String
    /// The key numbers from the studies, each with its source.
    public var keyNumbers: [Fact]
    /// Absent in the data means `for`.
    public var direction: EvidenceDirection?

    /// The badge's words: the certainty, or that the evidence is against a lasting benefit.
    public var label: String {
        direction == .against ? "Evidence against a lasting benefit" : grade.plainWords
    }
}

/// A price range in US dollars. `min`/`max` are nil when no figure was found.
public struct CostRange: Codable, Sendable, Hashable {
    public var minUSD: Int?
    public var maxUSD: Int?
    /// What the price covers, e.g. "per treatment", "per vial", "per bottle".
    public var unit: String
    public var note: String?
    public var citations: [String]
    public var confidence: Confidence

    public var isKnown: Bool { minUSD != nil }
}

/// A range of days (downtime, time to results). `maxDays` nil means open-ended.
public struct DayRange: Codable, Sendable, Hashable {
    public var minDays: Int
    public var maxDays: Int?
}

public struct ConcernGate: Codable, Sendable, Hashable {
    public var concerns: [Profile.Concern]
    public var otherwise: Fact
}

public struct Treatment: Codable, Sendable, Hashable, Identifiable {
    /// Contract slug (ARCHITECTURE 3.1).
    public var id: String
    public var name: String
    /// Brand, generic and lay names people use for it.
    public var aliases: [String]
    public var setting: TreatmentSetting
    /// One or two plain sentences: what it is.
    public var summary: String
    public var mechanisms: [Mechanism]
    /// How it acts, in plain words, with sources.
    public var howItWorks: Fact
    /// False for things that are not cellulite treatments at all (cryolipolysis).
    public var treatsCellulite: Bool
    public var regulatory: Regulatory
    public var availability: Availability
    public var evidence: Evidence
    public var cost: CostRange
    public var sessions: Fact
    public var downtime: DayRange
    public var downtimeNote: Fact
    /// Days until a visible effect; drives the before-event section.
    public var timeToResults: DayRange
    public var timeToResultsNote: Fact
    public var durability: Fact
    public var sideEffects: [Fact]
    /// Cautions shown whenever it is recommended (e.g. DHA: external use only).
    public var alwaysCautions: [Fact]
    /// Set when the evidence says it should not be offered for cellulite (e.g. a trial found no
    /// benefit); the engine then always lists it under `excluded` with this reason.
    public var notRecommendedBecause: Fact?
    /// Set when it only makes sense for some dominant concerns (weight loss: only when fat is the
    /// main concern); for everyone else the engine excludes it with `otherwise` as the reason.
    public var onlyForConcerns: ConcernGate?
    /// What to ask a dermatologist about it.
    public var questionForDermatologist: String?
    public var citations: [String]

    /// Camouflage that works within a day: the only kind of option placed before an event.
    public var isQuickFix: Bool {
        mechanisms.contains(.camouflage) && (timeToResults.maxDays ?? .max) <= 1 && downtime.maxDays == 0
    }
}
