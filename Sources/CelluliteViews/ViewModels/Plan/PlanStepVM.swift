/// One step of the plan questions: a GET form to its own address, carrying every other answer.
public struct PlanStepVM: Sendable {
    var chrome: PageChrome
    /// "Step 2 of 4".
    var progress: String
    var heading: String
    var intro: String?
    var errors: [FormErrorVM]
    var fields: [QuestionFieldVM]
    var action: SiteURL
    var hidden: [HiddenFieldVM]
    var back: LinkVM
    var showPrivacyNote: Bool

    public init(
        chrome: PageChrome, progress: String, heading: String, intro: String? = nil, errors: [FormErrorVM],
        fields: [QuestionFieldVM], action: SiteURL, hidden: [HiddenFieldVM], back: LinkVM, showPrivacyNote: Bool
    ) {
        self.chrome = chrome
        self.progress = progress
        self.heading = heading
        self.intro = intro
        self.errors = errors
        self.fields = fields
        self.action = action
        self.hidden = hidden
        self.back = back
        self.showPrivacyNote = showPrivacyNote
    }
}
