public struct ExcludedVM: Sendable, Hashable {
    public var name: String
    public var href: SiteURL
    public var reasons: [String]

    public init(
        name: String, href: SiteURL, reasons: [String]
    ) {
        self.name = name
        self.href = href
        self.reasons = reasons
    }
}

/// Options a safety rule left out, with the reason in words.
public struct SafetyLeftOutVM: Sendable, Hashable {
    public var names: [String]
    public var reason: String

    public init(
        names: [String], reason: String
    ) {
        self.names = names
        self.reason = reason
    }
}
