public struct QuestionSheetVM: Sendable {
    var chrome: PageChrome
    var redFlags: [String]
    var answers: [AnswerRowVM]
    var inOffice: [PlanItemVM]
    var questions: [String]
    var planHref: SiteURL

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
