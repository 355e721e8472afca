/// An evidence badge: words AND a symbol, never colour alone.
public struct EvidenceVM: Sendable, Hashable {
    /// "Limited evidence".
    var label: String
    /// "●●○○"; decorative, hidden from screen readers.
    var symbol: String
    /// "high", "moderate", "low" or "very-low", used as a CSS class suffix.
    var level: String
    /// "Strength of recommendation (SORT): B. Certainty (GRADE): low. Best study (Oxford CEBM): level 4."
    var detail: String

    public init(
        label: String, symbol: String, level: String, detail: String
    ) {
        self.label = label
        self.symbol = symbol
        self.level = level
        self.detail = detail
    }
}
