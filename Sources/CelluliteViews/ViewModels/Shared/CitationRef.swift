/// A source reference inside a sentence: "[S21]" linking to the full citation.
public struct CitationRef: Sendable, Hashable {
    public var id: String
    public var href: SiteURL

    public init(
        id: String, href: SiteURL
    ) {
        self.id = id
        self.href = href
    }
}
