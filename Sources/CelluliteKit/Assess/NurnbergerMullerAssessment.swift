/// The three self-checks behind a Nürnberger–Müller stage.
public struct NurnbergerMullerObservations: Codable, Sendable, Hashable {
    public enum Appearance: String, Codable, Sendable, CaseIterable { case smooth, dimpled }
    /// Positive: pinching the skin (or tightening the muscles) brings out an orange-peel or
    /// mattress pattern. Negative: only ordinary folds.
    public enum Pinch: String, Codable, Sendable, CaseIterable { case negative, positive }

    /// Standing relaxed, without touching the skin.
    public var standing: Appearance
    /// Lying down.
    public var lying: Appearance
    public var pinch: Pinch

    public init(standing: Appearance, lying: Appearance, pinch: Pinch) {
        self.standing = standing
        self.lying = lying
        self.pinch = pinch
    }
}

/// A Nürnberger–Müller stage scored from the three observations.
///
/// The mapping (standard four-stage variant):
///
/// | standing | lying   | pinch    | stage |
/// |----------|---------|----------|-------|
/// | smooth   | smooth  | negative | 0     |
/// | smooth   | smooth  | positive | I     |
/// | dimpled  | smooth  | any      | II    |
/// | dimpled  | dimpled | any      | III   |
/// | smooth   | dimpled | any      | rejected |
///
/// The pinch only separates stages 0 and I: in the sources it is "(positive)" for II and III,
/// implied by the dimples already visible. So a negative pinch with visible dimples is staged by
/// the worst finding (what is visible) and a note says the combination is unusual.
/// Dimples seen lying down but not standing fit no stage (lying down smooths dimples, it does
/// not bring them out), so that combination is rejected and should be looked at again.
public struct NurnbergerMullerAssessment: Sendable, Hashable {
    public let observations: NurnbergerMullerObservations
    public let stage: NurnbergerMullerStage
    public let variant: NurnbergerMullerVariant
    /// Plain-language remarks about unusual but scorable observations.
    public let notes: [String]

    public init(observations: NurnbergerMullerObservations) throws(AssessmentError) {
        self.observations = observations
        variant = .fourStage
        switch (observations.standing, observations.lying) {
        case (.smooth, .smooth):
            stage = observations.pinch == .positive ? .stageI : .stage0
        case (.dimpled, .smooth):
            stage = .stageII
        case (.dimpled, .dimpled):
            stage = .stageIII
        case (.smooth, .dimpled):
            throw .contradictoryObservations(Self.lyingWithoutStanding)
        }
        if observations.standing == .dimpled && observations.pinch == .negative {
            notes = [Self.negativePinchNote]
        } else {
            notes = []
        }
    }

    public init(
        standing: NurnbergerMullerObservations.Appearance, lying: NurnbergerMullerObservations.Appearance,
        pinch: NurnbergerMullerObservations.Pinch
    ) throws(AssessmentError) {
        try self.init(observations: NurnbergerMullerObservations(standing: standing, lying: lying, pinch: pinch))
    }

    public var score: SeverityScore<NurnbergerMuller> { stage.score }
    public var reading: SeverityReading { score.reading }

    public static let lyingWithoutStanding =
        "dimpled lying down but smooth standing fits no Nürnberger–Müller stage "
        + "(dimples show more standing); look again standing"
    public static let negativePinchNote =
        "Dimples are visible standing, yet the pinch was negative: unusual. "
        + "The stage rests on what is visible; the pinch only separates stages 0 and I."
}

extension NurnbergerMullerAssessment: Encodable {
    private enum CodingKeys: String, CodingKey {
        case scale, version, stage, stageLabel, variant, observations, range, meaningfulChange, notes
    }

    /// The `cellulite assess nurnberger-muller --json` shape (ARCHITECTURE 3.4) plus extras.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(NurnbergerMuller.id, forKey: .scale)
        try container.encode(NurnbergerMuller.version, forKey: .version)
        try container.encode(stage.rawValue, forKey: .stage)
        try container.encode(stage.roman, forKey: .stageLabel)
        try container.encode(variant, forKey: .variant)
        try container.encode(observations, forKey: .observations)
        try container.encode(NurnbergerMuller.rangeDescription, forKey: .range)
        try container.encode(NurnbergerMuller.meaningfulChange, forKey: .meaningfulChange)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }
}
