public struct AnswerRowVM: Sendable, Hashable {
    public var label: String
    public var value: String
    public var changeHref: SiteURL

    public init(
        label: String, value: String, changeHref: SiteURL
    ) {
        self.label = label
        self.value = value
        self.changeHref = changeHref
    }
}

public struct AnswerGroupVM: Sendable, Hashable {
    public var title: String
    public var rows: [AnswerRowVM]

    public init(
        title: String, rows: [AnswerRowVM]
    ) {
        self.title = title
        self.rows = rows
    }
}
