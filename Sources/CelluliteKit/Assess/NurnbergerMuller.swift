/// Nürnberger–Müller staging (1978) [S5], in the standard four-stage form (0–III) described
/// consistently by secondary sources [S14a][S14b]: how the skin looks standing, lying, and when
/// pinched (or when the buttock muscles are tightened). Higher = more severe.
public enum NurnbergerMuller: ProfileSeverityScale {
    public static let id = "nurnberger-muller"
    public static let version = "1978"
    public static let name = "Nürnberger–Müller stage"
    public static let range = 0...3
    public static let scoreNoun = "stage"
    public static let readingScale = SeverityScaleID.nurnbergerMuller
    public static let citations = ["S5", "S14a", "S14b"]

    public static let meaningfulChange = MeaningfulChange(
        points: nil, confidence: .unconfirmed,
        explanation: "Our sources give no meaningful-change threshold for Nürnberger–Müller stages; "
            + "a stage is a category, so a change of stage is shown without a verdict.",
        citations: []
    )
}

/// A Nürnberger–Müller stage, 0–III.
public enum NurnbergerMullerStage: Int, Codable, Sendable, CaseIterable, Comparable {
    case stage0 = 0, stageI, stageII, stageIII

    public var roman: String { ["0", "I", "II", "III"][rawValue] }

    public var score: SeverityScore<NurnbergerMuller> { try! SeverityScore(rawValue) }

    /// What the stage means, in plain words.
    public var plainLanguage: String {
        switch self {
        case .stage0: "Smooth standing and lying; a pinch shows only folds, no orange-peel pattern."
        case .stageI: "Smooth standing and lying; a pinch brings out an orange-peel or mattress pattern."
        case .stageII: "Dimples visible standing, without touching; they disappear lying down."
        case .stageIII: "Dimples visible standing and still visible lying down."
        }
    }

    /// Stages 0 and I show nothing without a pinch, so they are not moderate or worse. Stages II
    /// and III say dimples are visible, not how many or how deep; our sources give no
    /// mild/moderate/severe labels for them, so the answer is nil (unknown).
    public var isModerateOrWorse: Bool? { self <= .stageI ? false : nil }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which form of the staging produced a stage. Stored with every stage because sources differ:
/// some renumber it as three grades, folding stage 0 away [S14c], and Hexsel & Mazzuco make
/// grade III add raised areas and nodules [S14b]. Only the standard four-stage form can be
/// scored from the three observations this module asks for, so it is the only case for now.
public enum NurnbergerMullerVariant: String, Codable, Sendable, CaseIterable {
    /// Stages 0–III from standing, lying and pinch [S14a][S14b].
    case fourStage = "four-stage"
}
