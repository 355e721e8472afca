/// A source reference inside a sentence: "[S21]" linking to the full citation.
public struct CitationRef: Sendable, Hashable {
    public var id: String
    public var href: String

    public init(
        id: String, href: String
    ) {
        self.id = id
        self.href = href
    }
}
