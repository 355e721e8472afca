import CelluliteKit
import CelluliteViews

/// The checks a person can choose; the web's own ids, each backed by one domain scale.
enum SkinCheckScale: String, CaseIterable, Sendable {
    case hexselCSS = "hexsel-css"
    case nurnbergerMuller = "nurnberger-muller"
    case selfRating = "self-rating"

    /// The steps after "choose", in order.
    var steps: [SkinCheckStep] {
        switch self {
        case .hexselCSS: [.item(.a), .item(.b), .item(.c), .item(.d), .observations]
        case .nurnbergerMuller: [.observations]
        case .selfRating: [.selfRating]
        }
    }

    /// The check that scores on `scale`.
    init(_ scale: SeverityScaleID) {
        switch scale {
        case .hexselCSS: self = .hexselCSS
        case .nurnbergerMuller: self = .nurnbergerMuller
        case .selfRating: self = .selfRating
        }
    }

    var readingScale: SeverityScaleID {
        switch self {
        case .hexselCSS: HexselCSS.readingScale
        case .nurnbergerMuller: NurnbergerMuller.readingScale
        case .selfRating: SelfRating.readingScale
        }
    }
}

/// One screen of the wizard.
enum SkinCheckStep: Hashable, Sendable {
    case choose
    /// Hexsel items A–D; item E comes from the observations.
    case item(HexselCSSItem)
    case observations
    case selfRating

    var id: String {
        switch self {
        case .choose: "choose"
        case .item(let item): item.rawValue
        case .observations: "observations"
        case .selfRating: "level"
        }
    }

    init?(id: String) {
        switch id {
        case "choose": self = .choose
        case "observations": self = .observations
        case "level": self = .selfRating
        default:
            guard let item = HexselCSSItem(rawValue: id), item != .e else { return nil }
            self = .item(item)
        }
    }

    /// The query fields this step asks.
    var fields: [String] {
        switch self {
        case .choose: ["scale"]
        case .item(let item): [item.rawValue.lowercased()]
        case .observations: ["standing", "lying", "pinch"]
        case .selfRating: ["level"]
        }
    }
}

/// The wizard's whole state, read from the query of every GET step. Nothing is kept on the
/// server and no cookie is needed, so Back, reload and a browser that blocks cookies all work.
struct SkinCheckState: Sendable {
    /// Where the person's last button press asked to go.
    enum Target: Equatable, Sendable {
        case next
        case result
        case step(SkinCheckStep)
    }

    static let checkInField = "checkin"
    static let answerFields = ["scale", "a", "b", "c", "d", "standing", "lying", "pinch", "level"]
    /// The plan's own answers (everything but the score this check makes), carried untouched so
    /// "Use this score in your plan" loses none of them.
    static let planFields = PlanAnswers.fieldNames.filter { $0 != "severityScale" && $0 != "severityScore" }

    var answers: [String: String]
    var planAnswers: [(name: String, value: String)]
    /// The stored check-in whose answers this check replaces ("Answer the check again").
    var checkInID: String?
    var target: Target?
    /// The step whose form was sent, so only its missing answers count as mistakes.
    var submitted: SkinCheckStep?
    /// Came from a Change link on the result: continue straight back to it.
    var isChanging: Bool

    init(query: QueryParameters) {
        var answers: [String: String] = [:]
        for field in Self.answerFields {
            answers[field] = query.first(field)
        }
        self.answers = answers
        let planFields = Set(Self.planFields)
        planAnswers = query.pairs.filter { planFields.contains($0.name) && !$0.value.isEmpty }
        checkInID = query.first(Self.checkInField).flatMap { $0.isEmpty ? nil : $0 }
        target = query.first("go").flatMap { go in
            switch go {
            case "next": .next
            case "result": .result
            default: SkinCheckStep(id: go).map(Target.step)
            }
        }
        submitted = query.first("from").flatMap(SkinCheckStep.init(id:))
        isChanging = query.first("change") == "1"
    }

    var scale: SkinCheckScale? { answers["scale"].flatMap(SkinCheckScale.init(rawValue:)) }

    func answer(_ field: String) -> String? { answers[field] }

    /// The answers (all of them, or only the chosen scale's) and the plan answers, as query pairs.
    func pairs(onlyChosenScale: Bool = false) -> [(name: String, value: String)] {
        let kept: [String] =
            onlyChosenScale ? ["scale"] + (scale?.steps.flatMap(\.fields) ?? []) : Self.answerFields
        return kept.compactMap { name in answers[name].map { (name: name, value: $0) } } + carried
    }

    /// What travels through every step untouched: the plan answers and the check-in being redone.
    var carried: [(name: String, value: String)] {
        planAnswers + (checkInID.map { [(name: Self.checkInField, value: $0)] } ?? [])
    }

    /// A step of the wizard with every answer so far filled in.
    func stepAddress(_ step: SkinCheckStep, changing: Bool = false) -> SiteURL {
        var pairs = pairs()
        pairs.append((name: "go", value: step.id))
        if changing { pairs.append((name: "change", value: "1")) }
        return .assess(SiteURL.Query(QueryParameters(pairs: pairs)))
    }

    var resultAddress: SiteURL {
        .assessResult(SiteURL.Query(QueryParameters(pairs: pairs(onlyChosenScale: true))))
    }

    /// The start of the wizard, keeping only the plan answers and the check-in being redone.
    var restartAddress: SiteURL {
        .assess(carried.isEmpty ? nil : SiteURL.Query(QueryParameters(pairs: carried)))
    }

    /// The plan with the score added to whatever plan answers came in. Without an age (someone who
    /// came straight to the skin check) that is the plan's first question, so no error greets them.
    func planAddress(_ reading: SeverityReading) -> SiteURL {
        let answers = PlanAnswers(
            QueryParameters(
                pairs: planAnswers + [
                    (name: "severityScale", value: reading.scale.rawValue),
                    (name: "severityScore", value: "\(reading.score)"),
                ]))
        let hasAge = planAnswers.contains { $0.name == "age" }
        return hasAge ? PlanJourney.planHref(answers) : PlanJourney.stepHref(.aboutYou, answers)
    }
}
