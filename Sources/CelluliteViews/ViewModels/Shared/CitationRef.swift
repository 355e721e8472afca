/// A source reference inside a sentence: "[S21]" linking to the full citation.
public struct CitationRef: Sendable, Hashable {
    var id: String
    var href: SiteURL

    public init(
        id: String, href: SiteURL
    ) {
        self.id = id
        self.href = href
    }
}
