/// A stored check-in: what it recorded, a form for its date, site and notes, and the ways to
/// answer the check again or delete it.
public struct CheckInEditVM: Sendable {
    var chrome: PageChrome
    var heading: String
    /// "Check", "Score", "Scale", "Recorded": label and value.
    var facts: [FactRowVM]
    var form: CheckInFormVM
    /// The skin check, whose result replaces this check-in's answers.
    var redoHref: SiteURL

    public init(chrome: PageChrome, heading: String, facts: [FactRowVM], form: CheckInFormVM, redoHref: SiteURL) {
        self.chrome = chrome
        self.heading = heading
        self.facts = facts
        self.form = form
        self.redoHref = redoHref
    }
}

/// A label and its value, shown as a row of a definition list.
public struct FactRowVM: Sendable, Hashable {
    var label: String
    var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
