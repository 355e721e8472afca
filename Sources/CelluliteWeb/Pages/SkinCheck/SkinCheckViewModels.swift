// The skin check's view-models: plain values for the step and result views.

/// Which reference drawing to show; the views turn it into SVG.
enum SkinDrawing: Sendable, Hashable {
    /// Dimple depth, 0 (even) to 3 (deep).
    case depth(Int)
    /// Raised areas between dimples, 0 (even) to 3 ("mattress").
    case texture(Int)
    /// Sagging skin, 0 (none) to 3 (severely draped).
    case laxity(Int)
    /// A pinched fold of skin, with or without the orange-peel pattern.
    case pinch(showsPattern: Bool)
}

/// One reference drawing with its caption and its text alternative.
struct ReferenceDrawingVM: Sendable, Hashable {
    var id: String
    var drawing: SkinDrawing
    var caption: String
    var description: String
}

/// One question of a step: a group of radios, optionally the page's heading, with drawings.
struct SkinCheckQuestionVM: Sendable {
    var field: ChoiceFieldVM
    /// The legend is the page's `<h1>` (single-question steps).
    var legendIsHeading: Bool
    var drawingsCaption: String?
    var drawings: [ReferenceDrawingVM]
}

struct SkinCheckStepVM: Sendable {
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
    var back: TreatmentLinkVM?
    var showHowToLook: Bool
    var privacyNote: String
    var notADiagnosis: String
}

/// One answer on the result, in the words the person saw, with a link to change it.
struct SkinCheckAnswerVM: Sendable, Hashable {
    var question: String
    var answer: String
    var changeHref: String
}

struct SkinCheckResultVM: Sendable {
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
    var planHref: String
    var planHint: String
    var againHref: String
    var notADiagnosis: String
}
