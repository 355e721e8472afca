/// A full bibliographic citation.
public struct CitationVM: Sendable, Hashable {
    var id: String
    /// The element id the citation is rendered with ("source-S21").
    var anchor: String
    /// "Hexsel D, Dal'Forno T, Hexsel CL (2009)".
    var byline: String
    var title: String
    var journal: String?
    var doi: String?
    var doiURL: String?
    var pmid: String?
    var pubmedURL: String?
    var pmcid: String?
    var pmcURL: String?
    /// "Primary study or record", "Review", "Consumer site or clinic page".
    var qualityText: String
    var isLowQuality: Bool
    /// What could not be checked, in words.
    var unconfirmed: String?

    public init(
        id: String, anchor: String, byline: String, title: String, journal: String? = nil, doi: String? = nil,
        doiURL: String? = nil, pmid: String? = nil, pubmedURL: String? = nil, pmcid: String? = nil,
        pmcURL: String? = nil, qualityText: String, isLowQuality: Bool, unconfirmed: String? = nil
    ) {
        self.id = id
        self.anchor = anchor
        self.byline = byline
        self.title = title
        self.journal = journal
        self.doi = doi
        self.doiURL = doiURL
        self.pmid = pmid
        self.pubmedURL = pubmedURL
        self.pmcid = pmcid
        self.pmcURL = pmcURL
        self.qualityText = qualityText
        self.isLowQuality = isLowQuality
        self.unconfirmed = unconfirmed
    }
}
