public struct LinkVM: Sendable, Hashable {
    public var name: String
    public var href: SiteURL
    public var note: String?

    public init(
        name: String, href: SiteURL, note: String? = nil
    ) {
        self.name = name
        self.href = href
        self.note = note
    }
}
