/// A check-in's assessment after scoring: one of the existing assessment types, so a check-in
/// says exactly what `POST /api/assess/*` says for the same answers.
public enum ScoredAssessment: Sendable, Hashable {
    case hexselCSS(HexselCSSAssessment)
    case nurnbergerMuller(NurnbergerMullerAssessment)
    case selfRating(SelfRatingAssessment)

    public var scale: SeverityScaleID { reading.scale }
    /// The scale's version, stored beside every score: "2009", "1978", "1".
    public var version: String { scale.version }
    /// The number on the scale: Hexsel CSS total, Nürnberger–Müller stage, self-rating level.
    public var score: Int { reading.score }

    public var reading: SeverityReading {
        switch self {
        case .hexselCSS(let assessment): assessment.reading
        case .nurnbergerMuller(let assessment): assessment.reading
        case .selfRating(let assessment): assessment.reading
        }
    }

    /// The band (Hexsel CSS), stage (Nürnberger–Müller) or label (self-rating).
    public var band: SeverityReadingBand {
        switch self {
        case .hexselCSS(let assessment): .hexselCSS(assessment.band)
        case .nurnbergerMuller(let assessment): .nurnbergerMuller(assessment.stage)
        case .selfRating(let assessment): .selfRating(assessment.level)
        }
    }

    /// Hexsel CSS only: where the items were scored. Series never mix sites.
    public var site: BodySite? {
        if case .hexselCSS(let assessment) = self { return assessment.site }
        return nil
    }

    /// The answers this was scored from.
    public var input: AssessmentInput {
        switch self {
        case .hexselCSS(let assessment): .hexselCSS(items: assessment.items, site: assessment.site)
        case .nurnbergerMuller(let assessment): .nurnbergerMuller(assessment.observations)
        case .selfRating(let assessment): .selfRating(level: assessment.level.rawValue)
        }
    }
}

extension ScoredAssessment: Encodable {
    private enum CodingKeys: String, CodingKey { case score }

    /// Exactly the `POST /api/assess/*` body for the same answers, plus `score` (the total,
    /// stage or level under one name) so a client can read any scale the same way.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .hexselCSS(let assessment): try assessment.encode(to: encoder)
        case .nurnbergerMuller(let assessment): try assessment.encode(to: encoder)
        case .selfRating(let assessment): try assessment.encode(to: encoder)
        }
        // A second keyed container on the same encoder adds to the same JSON object.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
    }
}
