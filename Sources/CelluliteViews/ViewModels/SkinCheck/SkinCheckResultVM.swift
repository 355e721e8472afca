public struct SkinCheckResultVM: Sendable {
    public var chrome: PageChrome
    /// "Cellulite is normal": shown before the score.
    public var reassurance: FactVM
    public var reassuranceMore: String
    /// "Your total on the Hexsel scale: 7 out of 15."
    public var score: String
    /// "The scale groups totals of 6 to 10 as moderate."
    public var band: String
    public var bandNote: String?
    /// "Hexsel Cellulite Severity Scale, version 2009. Scores run 0–15, higher = more severe."
    public var scale: String
    public var answers: [SkinCheckAnswerVM]
    public var meaningfulChange: String
    public var meaningfulChangeNote: String?
    public var notes: [String]
    public var citations: [CitationRef]
    public var planHref: SiteURL
    public var planHint: String
    public var againHref: SiteURL
    public var notADiagnosis: String

    public init(
        chrome: PageChrome, reassurance: FactVM, reassuranceMore: String, score: String, band: String,
        bandNote: String? = nil, scale: String, answers: [SkinCheckAnswerVM], meaningfulChange: String,
        meaningfulChangeNote: String? = nil, notes: [String], citations: [CitationRef], planHref: SiteURL,
        planHint: String, againHref: SiteURL, notADiagnosis: String
    ) {
        self.chrome = chrome
        self.reassurance = reassurance
        self.reassuranceMore = reassuranceMore
        self.score = score
        self.band = band
        self.bandNote = bandNote
        self.scale = scale
        self.answers = answers
        self.meaningfulChange = meaningfulChange
        self.meaningfulChangeNote = meaningfulChangeNote
        self.notes = notes
        self.citations = citations
        self.planHref = planHref
        self.planHint = planHint
        self.againHref = againHref
        self.notADiagnosis = notADiagnosis
    }
}

/// One answer on the result, in the words the person saw, with a link to change it.
public struct SkinCheckAnswerVM: Sendable, Hashable {
    public var question: String
    public var answer: String
    public var changeHref: SiteURL

    public init(
        question: String, answer: String, changeHref: SiteURL
    ) {
        self.question = question
        self.answer = answer
        self.changeHref = changeHref
    }
}
