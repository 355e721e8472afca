public struct QuestionSheetVM: Sendable {
    public var chrome: PageChrome
    public var redFlags: [String]
    public var answers: [AnswerRowVM]
    public var inOffice: [PlanItemVM]
    public var questions: [String]
    public var planHref: SiteURL

    public init(
        chrome: PageChrome, redFlags: [String], answers: [AnswerRowVM], inOffice: [PlanItemVM], questions: [String],
        planHref: SiteURL
    ) {
        self.chrome = chrome
        self.redFlags = redFlags
        self.answers = answers
        self.inOffice = inOffice
        self.questions = questions
        self.planHref = planHref
    }
}
