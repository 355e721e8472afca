public struct SkinCheckResultVM: Sendable {
    var chrome: PageChrome
    /// "Cellulite is normal": shown before the score.
    var reassurance: FactVM
    var reassuranceMore: String
    /// "Your total on the Hexsel scale: 7 out of 15."
    var score: String
    /// "The scale groups totals of 6 to 10 as moderate."
    var band: String
    var bandNote: String?
    /// "Hexsel Cellulite Severity Scale, version 2009. Scores run 0–15, higher = more severe."
    var scale: String
    var answers: [SkinCheckAnswerVM]
    var meaningfulChange: String
    var meaningfulChangeNote: String?
    var notes: [String]
    var citations: [CitationRef]
    var planHref: SiteURL
    var planHint: String
    var againHref: SiteURL
    var notADiagnosis: String
    /// Signed in: keep this result as a check-in (or replace a stored one's answers).
    var checkIn: CheckInFormVM?

    public init(
        chrome: PageChrome, reassurance: FactVM, reassuranceMore: String, score: String, band: String,
        bandNote: String? = nil, scale: String, answers: [SkinCheckAnswerVM], meaningfulChange: String,
        meaningfulChangeNote: String? = nil, notes: [String], citations: [CitationRef], planHref: SiteURL,
        planHint: String, againHref: SiteURL, notADiagnosis: String, checkIn: CheckInFormVM? = nil
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
        self.checkIn = checkIn
    }
}

/// One answer on the result, in the words the person saw, with a link to change it.
public struct SkinCheckAnswerVM: Sendable, Hashable {
    var question: String
    var answer: String
    var changeHref: SiteURL

    public init(
        question: String, answer: String, changeHref: SiteURL
    ) {
        self.question = question
        self.answer = answer
        self.changeHref = changeHref
    }
}
