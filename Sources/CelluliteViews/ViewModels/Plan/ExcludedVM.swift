public struct ExcludedVM: Sendable, Hashable {
    var name: String
    var href: SiteURL
    var reasons: [String]

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
