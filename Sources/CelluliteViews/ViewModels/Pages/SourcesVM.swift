public struct SourcesVM: Sendable {
    var chrome: PageChrome
    var citations: [CitationVM]
    var badges: [EvidenceVM]
    /// Regulatory and study jargon that appears in the sources' titles and on other pages.
    var terms: [TermVM]

    public init(
        chrome: PageChrome, citations: [CitationVM], badges: [EvidenceVM], terms: [TermVM]
    ) {
        self.chrome = chrome
        self.citations = citations
        self.badges = badges
        self.terms = terms
    }
}
