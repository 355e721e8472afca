/// "Check your answers": every answer with a Change link, then the plan.
public struct CheckAnswersVM: Sendable {
    var chrome: PageChrome
    var groups: [AnswerGroupVM]
    var planHref: SiteURL
    var back: LinkVM

    public init(
        chrome: PageChrome, groups: [AnswerGroupVM], planHref: SiteURL, back: LinkVM
    ) {
        self.chrome = chrome
        self.groups = groups
        self.planHref = planHref
        self.back = back
    }
}
