/// The Hexsel Cellulite Severity Scale (Hexsel, Dal'Forno & Hexsel 2009) [S11]: five items
/// A–E, each 0–3, summed to a total 0–15, scored per body site. Higher = more severe.
///
/// Not to be confused with the 0–5 "simplified CSS" of device trials (`SimplifiedCSS`).
public enum HexselCSS: ProfileSeverityScale {
    public static let id = "hexsel-css"
    public static let version = "2009"
    public static let name = "Hexsel Cellulite Severity Scale"
    public static let range = 0...15
    public static let scoreNoun = "total"
    public static let itemRange = 0...3
    public static let readingScale = SeverityScaleID.hexselCSS
    public static let citations = ["S11", "S2", "S12"]

    public static let meaningfulChange = MeaningfulChange(
        points: nil, confidence: .unconfirmed,
        explanation: "Our sources give no minimal meaningful change for the 0–15 Hexsel CSS, "
            + "so changes are shown as numbers without a verdict.",
        citations: []
    )

    /// The points of this scale that our sources could not confirm against the 2009 full text.
    public enum LowConfidencePoint: String, Codable, Sendable, CaseIterable {
        /// 1–5 mild, 6–10 moderate, 11–15 severe (and "none" for 0, which is this project's label).
        case bandCutOffs = "band-cut-offs"
        /// The exact wording of level 0 of each item.
        case levelZeroWording = "level-0-wording"
        /// Item E scored as Nürnberger–Müller grade 0/I/II/III = 0/1/2/3.
        case itemEMapping = "item-e-mapping"

        public var explanation: String {
            switch self {
            case .bandCutOffs:
                "The bands (1–5 mild, 6–10 moderate, 11–15 severe) are quoted by secondary sources "
                    + "but unconfirmed against the 2009 paper; \"none\" for a total of 0 is our label."
            case .levelZeroWording:
                "Level 0 means \"no alteration\"; the exact level-0 wording of each item is unconfirmed."
            case .itemEMapping:
                "Item E scores the Nürnberger–Müller grade 0–III as 0–3; this direct mapping is unconfirmed."
            }
        }
    }
}

/// The classification of a Hexsel CSS total. Cut-offs are low-confidence (UNCONFIRMED).
public enum HexselCSSBand: String, Codable, Sendable, CaseIterable, Comparable {
    case none, mild, moderate, severe

    /// Confidence of the cut-offs below.
    public static let cutOffConfidence = Confidence.unconfirmed

    public var totals: ClosedRange<Int> {
        switch self {
        case .none: 0...0
        case .mild: 1...5
        case .moderate: 6...10
        case .severe: 11...15
        }
    }

    public init(total: SeverityScore<HexselCSS>) {
        self = Self.allCases.first { $0.totals.contains(total.value) } ?? .severe
    }

    public var isModerateOrWorse: Bool { self >= .moderate }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.totals.lowerBound < rhs.totals.lowerBound
    }
}
