public struct AnswerRowVM: Sendable, Hashable {
    var label: String
    var value: String
    var changeHref: SiteURL

    public init(
        label: String, value: String, changeHref: SiteURL
    ) {
        self.label = label
        self.value = value
        self.changeHref = changeHref
    }
}

public struct AnswerGroupVM: Sendable, Hashable {
    var title: String
    var rows: [AnswerRowVM]

    public init(
        title: String, rows: [AnswerRowVM]
    ) {
        self.title = title
        self.rows = rows
    }
}
