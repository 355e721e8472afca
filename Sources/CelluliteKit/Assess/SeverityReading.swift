/// The scales a profile's `severity` may be given on. Scores on different scales are never
/// compared: a reading always carries its scale.
public enum SeverityScaleID: String, Codable, Sendable, CaseIterable {
    /// Hexsel Cellulite Severity Scale, 2009: five items 0–3, total 0–15.
    case hexselCSS = "hexsel-css"
    /// Nürnberger–Müller stage 0–3.
    case nurnbergerMuller = "nurnberger-muller"
    /// A 0–4 self-rating with the patient-reported photonumeric scale's labels (not the licensed instrument).
    case selfRating = "self-rating"

    public var scoreRange: ClosedRange<Int> {
        switch self {
        case .hexselCSS: HexselCSS.range
        case .nurnbergerMuller: NurnbergerMuller.range
        case .selfRating: SelfRating.range
        }
    }

    /// The scale type behind this id.
    public var scale: any ProfileSeverityScale.Type {
        switch self {
        case .hexselCSS: HexselCSS.self
        case .nurnbergerMuller: NurnbergerMuller.self
        case .selfRating: SelfRating.self
        }
    }

    /// The version stored beside every score: "2009", "1978", "1".
    public var version: String { scale.version }
    public var name: String { scale.name }
    /// "0–15, higher = more severe".
    public var rangeDescription: String { scale.rangeDescription }
    public var meaningfulChange: MeaningfulChange { scale.meaningfulChange }
}

/// A severity score as the profile carries it: the scale and the score on that scale.
public struct SeverityReading: Codable, Sendable, Hashable {
    public var scale: SeverityScaleID
    public var score: Int

    public init(scale: SeverityScaleID, score: Int) {
        self.scale = scale
        self.score = score
    }

    public init<S: ProfileSeverityScale>(_ score: SeverityScore<S>) {
        self.init(scale: S.readingScale, score: score.value)
    }

    public var version: String { scale.version }
    public var isInRange: Bool { scale.scoreRange.contains(score) }

    /// The score's class in its own scale's words; nil when the score is out of range.
    public var band: SeverityReadingBand? {
        guard isInRange else { return nil }
        switch scale {
        case .hexselCSS: return .hexselCSS(HexselCSSBand(total: try! SeverityScore(score)))
        case .nurnbergerMuller: return .nurnbergerMuller(NurnbergerMullerStage(rawValue: score)!)
        case .selfRating: return .selfRating(SelfRatingLevel(rawValue: score)!)
        }
    }

    /// Whether the reading says "moderate or severe"; nil when the scale cannot say (Nürnberger–
    /// Müller stages II–III) or the score is out of range.
    public var isModerateOrWorse: Bool? { band?.isModerateOrWorse }
}

/// The class of a reading, in its own scale's terms. Bands of different scales are different
/// cases, never ordered against each other.
public enum SeverityReadingBand: Sendable, Hashable {
    /// Hexsel CSS band: none (0), mild (1–5), moderate (6–10), severe (11–15); cut-offs UNCONFIRMED.
    case hexselCSS(HexselCSSBand)
    /// Nürnberger–Müller stage 0–III.
    case nurnbergerMuller(NurnbergerMullerStage)
    /// Self-rating label: none, almost none, mild, moderate, severe.
    case selfRating(SelfRatingLevel)

    /// "moderate", "stage II", "almost none".
    public var label: String {
        switch self {
        case let .hexselCSS(band): band.rawValue
        case let .nurnbergerMuller(stage): "stage \(stage.roman)"
        case let .selfRating(level): level.label
        }
    }

    /// Hexsel CSS: moderate or severe (total ≥ 6, cut-off UNCONFIRMED). Self-rating: level 3–4.
    /// Nürnberger–Müller: false for stages 0–I (nothing visible without a pinch), nil for II–III.
    public var isModerateOrWorse: Bool? {
        switch self {
        case let .hexselCSS(band): band.isModerateOrWorse
        case let .nurnbergerMuller(stage): stage.isModerateOrWorse
        case let .selfRating(level): level.isModerateOrWorse
        }
    }
}
