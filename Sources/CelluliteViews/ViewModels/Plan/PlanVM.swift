public struct PlanVM: Sendable {
    public var chrome: PageChrome
    /// The plan in one paragraph, before anything else.
    public var summary: String
    public var redFlags: [String]
    /// What was left out or needs care for safety, in words; shown right after the red flags.
    public var safetySummary: [String]
    public var safetyLeftOut: [SafetyLeftOutVM]
    public var sections: [PlanSectionVM]
    public var excluded: [ExcludedVM]
    public var questions: [String]
    /// The printable question sheet; nil when there are no questions to print.
    public var questionsHref: SiteURL?
    public var expectations: String
    public var answers: [AnswerRowVM]
    public var editHref: SiteURL
    public var startAgainHref: SiteURL
    public var planHref: SiteURL
    /// The plan's own address in full, printed on paper.
    public var address: String
    public var printHref: SiteURL
    /// The print-friendly page: nothing folded, no buttons or Change links.
    public var isPrintView: Bool

    public init(
        chrome: PageChrome, summary: String, redFlags: [String], safetySummary: [String],
        safetyLeftOut: [SafetyLeftOutVM], sections: [PlanSectionVM], excluded: [ExcludedVM], questions: [String],
        questionsHref: SiteURL? = nil, expectations: String, answers: [AnswerRowVM], editHref: SiteURL,
        startAgainHref: SiteURL, planHref: SiteURL, address: String, printHref: SiteURL, isPrintView: Bool
    ) {
        self.chrome = chrome
        self.summary = summary
        self.redFlags = redFlags
        self.safetySummary = safetySummary
        self.safetyLeftOut = safetyLeftOut
        self.sections = sections
        self.excluded = excluded
        self.questions = questions
        self.questionsHref = questionsHref
        self.expectations = expectations
        self.answers = answers
        self.editHref = editHref
        self.startAgainHref = startAgainHref
        self.planHref = planHref
        self.address = address
        self.printHref = printHref
        self.isPrintView = isPrintView
    }
}

public struct PlanSectionVM: Sendable, Hashable {
    public var id: String
    public var title: String
    public var intro: String
    public var items: [PlanItemVM]
    public var emptyText: String
    public var emptyLink: LinkVM?

    public init(
        id: String, title: String, intro: String, items: [PlanItemVM], emptyText: String, emptyLink: LinkVM? = nil
    ) {
        self.id = id
        self.title = title
        self.intro = intro
        self.items = items
        self.emptyText = emptyText
        self.emptyLink = emptyLink
    }
}
