/// One claim with its sources and, when it is not well supported, a warning in words.
public struct FactVM: Sendable, Hashable {
    public var text: String
    var citations: [CitationRef]
    /// Nil when confirmed; otherwise a plain sentence such as "Low confidence: ...".
    var confidenceNote: String?
    /// Jargon this claim is the first on its page to use, explained right after it.
    public var terms: [TermVM]

    public init(
        text: String, citations: [CitationRef], confidenceNote: String? = nil, terms: [TermVM] = []
    ) {
        self.text = text
        self.citations = citations
        self.confidenceNote = confidenceNote
        self.terms = terms
    }
}
