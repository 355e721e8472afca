public struct LinkVM: Sendable, Hashable {
    var name: String
    var href: SiteURL
    var note: String?

    public init(
        name: String, href: SiteURL, note: String? = nil
    ) {
        self.name = name
        self.href = href
        self.note = note
    }
}
