// View-models: plain values the views render. Views never see the knowledge base, the plan
// engine or a Fluent model; the presenters in CelluliteWeb build these from domain values.

/// What every page shares: its title, where it sits in the navigation, and the footer facts.
public struct PageChrome: Sendable {
    public var title: String
    public var active: NavItem?
    /// ISO date, for `<time datetime>`.
    public var lastReviewed: String
    /// The same date in words ("26 November 2026").
    public var lastReviewedText: String
    public var version: String
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
