public struct SkinCheckStepVM: Sendable {
    var chrome: PageChrome
    /// "Step 2 of 5".
    var progress: String?
    /// The page's `<h1>` when no question's legend is.
    var heading: String?
    var intro: String?
    var errors: [FormErrorVM]
    var questions: [SkinCheckQuestionVM]
    /// Earlier (and later) answers the form carries forward.
    var hidden: [(name: String, value: String)]
    var continueLabel: String
    /// The `go` value of the Continue button.
    var continueTarget: String
    var back: LinkVM?
    var showHowToLook: Bool
    var privacyNote: String
    var notADiagnosis: String

    public init(
        chrome: PageChrome, progress: String? = nil, heading: String? = nil, intro: String? = nil,
        errors: [FormErrorVM], questions: [SkinCheckQuestionVM], hidden: [(name: String, value: String)],
        continueLabel: String, continueTarget: String, back: LinkVM? = nil, showHowToLook: Bool, privacyNote: String,
        notADiagnosis: String
    ) {
        self.chrome = chrome
        self.progress = progress
        self.heading = heading
        self.intro = intro
        self.errors = errors
        self.questions = questions
        self.hidden = hidden
        self.continueLabel = continueLabel
        self.continueTarget = continueTarget
        self.back = back
        self.showHowToLook = showHowToLook
        self.privacyNote = privacyNote
        self.notADiagnosis = notADiagnosis
    }
}

/// One question of a step: a group of radios, optionally the page's heading, with drawings.
public struct SkinCheckQuestionVM: Sendable {
    public var field: ChoiceFieldVM
    /// The legend is the page's `<h1>` (single-question steps).
    var legendIsHeading: Bool
    var drawingsCaption: String?
    var drawings: [ReferenceDrawingVM]

    public init(
        field: ChoiceFieldVM, legendIsHeading: Bool, drawingsCaption: String? = nil, drawings: [ReferenceDrawingVM]
    ) {
        self.field = field
        self.legendIsHeading = legendIsHeading
        self.drawingsCaption = drawingsCaption
        self.drawings = drawings
    }
}
