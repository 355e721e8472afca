/// One of the five Hexsel CSS items [S11][S2][S12].
public enum HexselCSSItem: String, Codable, Sendable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D", e = "E"

    /// The item's name in the 2009 scale.
    public var title: String {
        switch self {
        case .a: "Number of evident depressions"
        case .b: "Depth of depressions"
        case .c: "Morphological appearance of skin-surface alterations"
        case .d: "Grade of laxity, flaccidity or sagging skin"
        case .e: "Nürnberger–Müller grade"
        }
    }

    /// A few words for messages and tables.
    public var shortTitle: String {
        switch self {
        case .a: "number of dimples"
        case .b: "depth of dimples"
        case .c: "raised areas"
        case .d: "sagging skin"
        case .e: "Nürnberger–Müller grade"
        }
    }

    /// The question a person answers when rating themselves (our wording).
    public var question: String {
        switch self {
        case .a: "How many dimples (dents) can you see?"
        case .b: "How deep are the dimples?"
        case .c: "What do the raised areas between the dimples look like?"
        case .d: "Does the skin sag or hang (drape)?"
        case .e: "Nürnberger–Müller grade (from the standing, lying and pinch checks)"
        }
    }

    /// Levels 0–3, in order.
    public var levels: [HexselCSSLevel] {
        let rows: [(String, String)]
        switch self {
        case .a:
            rows = [
                ("none", "No dimples you can see."),
                ("small number: 1–4", "A few: 1 to 4 dimples."),
                ("moderate number: 5–9", "A moderate number: 5 to 9 dimples."),
                ("large number: 10 or more", "Many: 10 or more dimples."),
            ]
        case .b:
            rows = [
                ("no depressions", "No dimples."),
                ("superficial", "Shallow (superficial) dimples."),
                ("medium depth", "Dimples of medium depth."),
                ("deep", "Deep dimples."),
            ]
        case .c:
            rows = [
                ("no raised areas", "No raised areas: the surface is even."),
                ("\"orange-peel\"", "\"Orange peel\": a fine, pitted texture like the skin of an orange."),
                ("\"cottage-cheese\"", "\"Cottage cheese\": small lumps and bumps."),
                ("\"mattress\"", "\"Mattress\": bigger bulges between dimples, like a buttoned mattress."),
            ]
        case .d:
            rows = [
                ("absent", "No sagging: the skin does not hang."),
                ("slightly draped", "Slightly draped: the skin hangs a little."),
                ("moderately draped", "Moderately draped: the skin hangs noticeably."),
                ("severely draped", "Severely draped: the skin hangs a lot."),
            ]
        case .e:
            rows = NurnbergerMullerStage.allCases.map { stage in
                ("Nürnberger–Müller grade \(stage.roman)", stage.plainLanguage)
            }
        }
        return rows.enumerated().map { level, row in
            HexselCSSLevel(
                item: self, level: level, wording: row.0, plainLanguage: row.1,
                confidence: Self.confidence(item: self, level: level))
        }
    }

    /// Levels 1–3 of items A–D are confirmed [S11][S2][S12]; level-0 wording and the item-E
    /// mapping are UNCONFIRMED.
    private static func confidence(item: HexselCSSItem, level: Int) -> Confidence {
        item == .e || level == 0 ? .unconfirmed : .confirmed
    }
}

/// One level of one Hexsel CSS item.
public struct HexselCSSLevel: Codable, Sendable, Hashable {
    public var item: HexselCSSItem
    public var level: Int
    /// The scale's wording, paraphrased from the sources.
    public var wording: String
    /// Our plain-language description for self-rating (not the scale's text).
    public var plainLanguage: String
    public var confidence: Confidence
}
