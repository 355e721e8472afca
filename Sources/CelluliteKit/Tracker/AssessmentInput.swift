/// What a person answered for a check-in's assessment: the fields of `POST /api/assess/*`
/// (ARCHITECTURE 3.6), before scoring. Stored beside the score so a check-in can be re-scored.
public enum AssessmentInput: Sendable, Hashable {
    /// Hexsel CSS item scores A–E (0–3 each) and, optionally, the site they were taken at.
    case hexselCSS(items: [Int], site: BodySite?)
    /// The standing, lying and pinch checks behind a Nürnberger–Müller stage.
    case nurnbergerMuller(NurnbergerMullerObservations)
    /// A self-rating level 0–4.
    case selfRating(level: Int)

    public var scale: SeverityScaleID {
        switch self {
        case .hexselCSS: .hexselCSS
        case .nurnbergerMuller: .nurnbergerMuller
        case .selfRating: .selfRating
        }
    }

    /// Scores the answers with the existing scale types; throws what they throw.
    public func scored() throws(AssessmentError) -> ScoredAssessment {
        switch self {
        case let .hexselCSS(items, site): .hexselCSS(try HexselCSSAssessment(items: items, site: site))
        case let .nurnbergerMuller(observations):
            .nurnbergerMuller(try NurnbergerMullerAssessment(observations: observations))
        case let .selfRating(level): .selfRating(try SelfRatingAssessment(level: level))
        }
    }
}

extension AssessmentInput: Codable {
    private enum CodingKeys: String, CodingKey { case scale, items, site, standing, lying, pinch, level }

    /// Reads the shape `encode` writes, for storage and export. Values are checked when scored
    /// (`CheckIn(restoring:…)`); request bodies go through `CheckInDecoder`, which names every field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(SeverityScaleID.self, forKey: .scale) {
        case .hexselCSS:
            self = .hexselCSS(
                items: try container.decode([Int].self, forKey: .items),
                site: try container.decodeIfPresent(BodySite.self, forKey: .site))
        case .nurnbergerMuller:
            self = .nurnbergerMuller(
                NurnbergerMullerObservations(
                    standing: try container.decode(NurnbergerMullerObservations.Appearance.self, forKey: .standing),
                    lying: try container.decode(NurnbergerMullerObservations.Appearance.self, forKey: .lying),
                    pinch: try container.decode(NurnbergerMullerObservations.Pinch.self, forKey: .pinch)))
        case .selfRating:
            self = .selfRating(level: try container.decode(Int.self, forKey: .level))
        }
    }

    /// The request shape: `{"scale": "hexsel-css", "items": [...]}` and so on.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scale, forKey: .scale)
        switch self {
        case let .hexselCSS(items, site):
            try container.encode(items, forKey: .items)
            try container.encodeIfPresent(site, forKey: .site)
        case let .nurnbergerMuller(observations):
            try container.encode(observations.standing, forKey: .standing)
            try container.encode(observations.lying, forKey: .lying)
            try container.encode(observations.pinch, forKey: .pinch)
        case let .selfRating(level):
            try container.encode(level, forKey: .level)
        }
    }
}
