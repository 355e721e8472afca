public struct LinkVM: Sendable, Hashable {
    public var name: String
    public var href: String
    public var note: String?

    public init(
        name: String, href: String, note: String? = nil
    ) {
        self.name = name
        self.href = href
        self.note = note
    }
}
