public struct PlanVM: Sendable {
    var chrome: PageChrome
    /// The plan in one paragraph, before anything else.
    var summary: String
    var redFlags: [String]
    /// What was left out or needs care for safety, in words; shown right after the red flags.
    var safetySummary: [String]
    var safetyLeftOut: [SafetyLeftOutVM]
    var sections: [PlanSectionVM]
    var excluded: [ExcludedVM]
    var questions: [String]
    /// The printable question sheet; nil when there are no questions to print.
    var questionsHref: SiteURL?
    var expectations: String
    var answers: [AnswerRowVM]
    var editHref: SiteURL
    var startAgainHref: SiteURL
    var planHref: SiteURL
    /// The plan's own address in full, printed on paper.
    var address: String
    var printHref: SiteURL
    /// The print-friendly page: nothing folded, no buttons or Change links.
    var isPrintView: Bool
    /// The "Save this plan" form; nil where it is not offered (the print view).
    public var save: SavePlanVM?

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
    var id: String
    var title: String
    var intro: String
    var items: [PlanItemVM]
    var emptyText: String
    var emptyLink: LinkVM?

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
