public struct AboutVM: Sendable {
    public var chrome: PageChrome
    /// ISO date, for `<time datetime>`.
    public var lastReviewed: String
    public var lastReviewedText: String
    /// "24 treatments, 5 products and 112 sources".
    public var contents: String
    public var lowConfidenceCount: Int

    public init(
        chrome: PageChrome, lastReviewed: String, lastReviewedText: String, contents: String, lowConfidenceCount: Int
    ) {
        self.chrome = chrome
        self.lastReviewed = lastReviewed
        self.lastReviewedText = lastReviewedText
        self.contents = contents
        self.lowConfidenceCount = lowConfidenceCount
    }
}
