/// The "simplified CSS" scored 0–5 (six levels) in device trials: the Cellfina FDA summaries
/// [S23], the Resonic trials [S38][S39] and probably the Avéli trials [S26]. It shares a name
/// with the 0–15 Hexsel CSS but is a different scale: a separate type, so its scores can never
/// be compared with, or averaged into, Hexsel CSS totals. Its item definitions are UNCONFIRMED,
/// so only the range is modelled; it is not a scale a profile's severity may be given on.
public enum SimplifiedCSS: SeverityScale {
    public static let id = "simplified-css"
    public static let version = "device-trials"
    public static let name = "Simplified cellulite severity scale (device trials)"
    public static let range = 0...5
    public static let scoreNoun = "score"
    public static let citations = ["S23", "S38", "S39", "S26"]

    /// Confidence in what each level means.
    public static let definitionsConfidence = Confidence.unconfirmed

    public static let meaningfulChange = MeaningfulChange(
        points: nil, confidence: .unconfirmed,
        explanation: "The item definitions of the 0–5 simplified CSS are unconfirmed "
            + "and our sources give no meaningful-change threshold for it.",
        citations: []
    )
}
