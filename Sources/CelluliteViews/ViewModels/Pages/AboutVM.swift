public struct AboutVM: Sendable {
    var chrome: PageChrome
    /// ISO date, for `<time datetime>`.
    var lastReviewed: String
    var lastReviewedText: String
    /// "24 treatments, 5 products and 112 sources".
    var contents: String
    var lowConfidenceCount: Int

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
