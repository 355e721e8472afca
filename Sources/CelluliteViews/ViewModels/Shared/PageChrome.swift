// View-models: plain values the views render. Views never see the knowledge base, the plan
// engine or a Fluent model; the presenters in CelluliteWeb build these from domain values
// through the public inits. Only the fields a presenter reads back or adjusts after building
// (a title, a fact's terms) are public; the rest are for the views alone.

/// What every page shares: its title, where it sits in the navigation, and the footer facts.
public struct PageChrome: Sendable {
    public var title: String
    var active: NavItem?
    /// ISO date, for `<time datetime>`.
    var lastReviewed: String
    /// The same date in words ("26 November 2026").
    var lastReviewedText: String
    var version: String
    /// A short description for `<meta name="description">`.
    public var description: String

    public init(
        title: String, active: NavItem? = nil, lastReviewed: String, lastReviewedText: String, version: String,
        description: String = "Evidence-based information about cellulite and its treatments."
    ) {
        self.title = title
        self.active = active
        self.lastReviewed = lastReviewed
        self.lastReviewedText = lastReviewedText
        self.version = version
        self.description = description
    }
}
