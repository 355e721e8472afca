/// A 0–4 cellulite self-rating whose levels carry the labels of the patient-reported
/// photonumeric cellulite severity scale (PR-PCSS) of the collagenase trials [S14][S15][S20b].
///
/// It is NOT the PR-PCSS: that instrument is licensed, its levels are anchored by proprietary
/// photographs, and its verbal descriptors were not retrieved (UNCONFIRMED). Only the labels
/// (none, almost none, mild, moderate, severe) are shared; the descriptions are our own words.
public enum SelfRating: ProfileSeverityScale {
    public static let id = "self-rating"
    public static let version = "1"
    public static let name = "Cellulite self-rating"
    public static let range = 0...4
    public static let scoreNoun = "level"
    public static let readingScale = SeverityScaleID.selfRating
    public static let citations = ["S14", "S15", "S20b"]

    /// The level descriptions are ours; the PR-PCSS descriptors are unconfirmed.
    public static let descriptorConfidence = Confidence.unconfirmed

    public static let notThePRPCSS =
        "A self-rating with the labels of the patient-reported photonumeric scale (PR-PCSS); "
        + "not the licensed PR-PCSS photo instrument, and not validated itself."

    public static let meaningfulChange = MeaningfulChange(
        points: 1, confidence: .unconfirmed,
        explanation: "A 1-level change was clinically meaningful on the validated PR-PCSS [S14]; "
            + "this self-rating shares its labels, not its photographs or validation, "
            + "so the threshold is borrowed.",
        citations: ["S14"]
    )
}

/// A level of the self-rating, with the PR-PCSS labels.
public enum SelfRatingLevel: Int, Codable, Sendable, CaseIterable, Comparable {
    case none = 0, almostNone, mild, moderate, severe

    public var label: String {
        switch self {
        case .none: "none"
        case .almostNone: "almost none"
        case .mild: "mild"
        case .moderate: "moderate"
        case .severe: "severe"
        }
    }

    /// Our plain-language description (the PR-PCSS descriptors are unconfirmed). Severity rises
    /// with the number and depth of dimples, as on the PR-PCSS.
    public var plainLanguage: String {
        switch self {
        case .none: "No dimples."
        case .almostNone: "Hardly any: a few faint dimples you have to look for."
        case .mild: "Some dimples, mostly shallow."
        case .moderate: "Many dimples, some of them deep."
        case .severe: "Many deep dimples."
        }
    }

    public var score: SeverityScore<SelfRating> { try! SeverityScore(rawValue) }

    /// Levels 3–4 are "moderate/severe", as in the collagenase trials' entry rule [S15].
    public var isModerateOrWorse: Bool { self >= .moderate }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A self-rating given by a person.
public struct SelfRatingAssessment: Sendable, Hashable {
    public let level: SelfRatingLevel

    public init(level: SelfRatingLevel) { self.level = level }

    /// Throws when `level` is outside 0–4.
    public init(level: Int) throws(AssessmentError) {
        guard let value = SelfRatingLevel(rawValue: level) else {
            throw .scoreOutOfRange(scale: SelfRating.id, value: level, range: SelfRating.range)
        }
        self.level = value
    }

    public var score: SeverityScore<SelfRating> { level.score }
    public var reading: SeverityReading { score.reading }
}

extension SelfRatingAssessment: Encodable {
    private enum CodingKeys: String, CodingKey {
        case scale, version, level, label, range, meaningfulChange, note
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(SelfRating.id, forKey: .scale)
        try container.encode(SelfRating.version, forKey: .version)
        try container.encode(level.rawValue, forKey: .level)
        try container.encode(level.label, forKey: .label)
        try container.encode(SelfRating.rangeDescription, forKey: .range)
        try container.encode(SelfRating.meaningfulChange, forKey: .meaningfulChange)
        try container.encode(SelfRating.notThePRPCSS, forKey: .note)
    }
}
