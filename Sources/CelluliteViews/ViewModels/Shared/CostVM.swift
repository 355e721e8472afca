public struct CostVM: Sendable, Hashable {
    /// "$3,000 to $6,000 per treatment" or "No reliable price found".
    var text: String
    var note: String?
    var confidenceNote: String?
    var citations: [CitationRef]
    /// "US dollars, as quoted in 2023": the currency and when the source gave the price.
    var currencyNote: String?

    public init(
        text: String, note: String? = nil, confidenceNote: String? = nil, citations: [CitationRef],
        currencyNote: String? = nil
    ) {
        self.text = text
        self.note = note
        self.confidenceNote = confidenceNote
        self.citations = citations
        self.currencyNote = currencyNote
    }
}
