/// "Delete your check-in of 30 November 2026?": what goes, what deleting means, the one button
/// that does it and the way back. Check-ins and photos alike.
public struct DeleteConfirmationVM: Sendable {
    var chrome: PageChrome
    var heading: String
    var facts: [FactRowVM]
    /// What deleting removes, in one sentence.
    var consequence: String
    /// "Delete this check-in".
    var button: String
    var action: SiteURL
    var csrfToken: String
    var keepHref: SiteURL

    public init(
        chrome: PageChrome, heading: String, facts: [FactRowVM], consequence: String, button: String,
        action: SiteURL, csrfToken: String, keepHref: SiteURL
    ) {
        self.chrome = chrome
        self.heading = heading
        self.facts = facts
        self.consequence = consequence
        self.button = button
        self.action = action
        self.csrfToken = csrfToken
        self.keepHref = keepHref
    }
}
