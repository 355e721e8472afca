import CelluliteKit

// MARK: - View-models

struct AssessStepVM: Sendable {
    var chrome: PageChrome
    /// "Question 2 of 5".
    var progress: String?
    var heading: String
    var intro: String?
    var errors: [FormErrorVM]
    var fields: [ChoiceFieldVM]
    var hidden: [(name: String, value: String)]
    var step: String
    var csrfToken: String
    var canGoBack: Bool
    var continueLabel: String
    var showHowToLook: Bool
}

struct AssessRowVM: Sendable, Hashable {
    var label: String
    var value: String
    var confidenceNote: String?
}

struct AssessResultVM: Sendable {
    var chrome: PageChrome
    var scaleName: String
    var scaleID: String
    var version: String
    var scoreNoun: String
    var score: String
    var range: String
    var band: String
    var bandDescription: String?
    var bandConfidenceNote: String?
    var rows: [AssessRowVM]
    var meaningfulChange: String
    var meaningfulChangeNote: String?
    var notes: [String]
    var lowConfidence: [String]
    var citations: [CitationRef]
    var planHref: String
    var againHref: String
}

// MARK: - The wizard

/// The self-assessment as a series of POSTed steps (CSRF-protected), each carrying the earlier
/// answers in hidden fields, ending in a redirect to a GET result page whose address holds the
/// answers. Works without JavaScript.
enum AssessFlow {
    enum Scale: String, CaseIterable, Sendable {
        case hexselCSS = "hexsel-css"
        case nurnbergerMuller = "nurnberger-muller"
        case selfRating = "self-rating"
    }

    enum Step: Equatable, Sendable {
        case choose
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

        /// The form fields this step asks.
        var fields: [String] {
            switch self {
            case .choose: ["scale"]
            case .item(let item): [item.rawValue.lowercased()]
            case .observations: ["standing", "lying", "pinch"]
            case .selfRating: ["level"]
            }
        }
    }

    static let answerFields = ["scale", "a", "b", "c", "d", "standing", "lying", "pinch", "level"]

    static func steps(_ scale: Scale) -> [Step] {
        switch scale {
        case .hexselCSS: [.item(.a), .item(.b), .item(.c), .item(.d), .observations]
        case .nurnbergerMuller: [.observations]
        case .selfRating: [.selfRating]
        }
    }

    enum Outcome {
        case step(AssessStepVM, hasErrors: Bool)
        case result(String)
    }

    // MARK: GET /assess

    static func start(_ kb: KnowledgeBase, csrfToken: String) -> AssessStepVM {
        stepModel(kb, step: .choose, answers: QueryParameters(), errors: [:], csrfToken: csrfToken)
    }

    // MARK: POST /assess

    static func advance(_ kb: KnowledgeBase, form: QueryParameters, csrfToken: String) -> Outcome {
        let step = form.first("step").flatMap(Step.init(id:)) ?? .choose
        let scale = form.first("scale").flatMap(Scale.init(rawValue:))
        let goBack = form.first("action") == "back"
        if goBack {
            let previous =
                scale.flatMap { scale in
                    steps(scale).firstIndex(of: step).flatMap { $0 > 0 ? steps(scale)[$0 - 1] : nil }
                } ?? .choose
            return .step(
                stepModel(kb, step: previous, answers: form, errors: [:], csrfToken: csrfToken), hasErrors: false)
        }
        let errors = validate(step, form: form)
        guard errors.isEmpty, let scale else {
            return .step(
                stepModel(kb, step: step, answers: form, errors: errors, csrfToken: csrfToken), hasErrors: true)
        }
        let all = steps(scale)
        if step == .choose {
            return .step(
                stepModel(kb, step: all[0], answers: form, errors: [:], csrfToken: csrfToken), hasErrors: false)
        }
        guard let index = all.firstIndex(of: step) else {
            return .step(
                stepModel(kb, step: all[0], answers: form, errors: [:], csrfToken: csrfToken), hasErrors: false)
        }
        if index + 1 < all.count {
            return .step(
                stepModel(kb, step: all[index + 1], answers: form, errors: [:], csrfToken: csrfToken), hasErrors: false)
        }
        // Every step answered: check the earlier hidden answers too, then show the result.
        for earlier in all {
            let problems = validate(earlier, form: form)
            if !problems.isEmpty {
                return .step(
                    stepModel(kb, step: earlier, answers: form, errors: problems, csrfToken: csrfToken), hasErrors: true
                )
            }
        }
        let kept = ["scale"] + all.flatMap(\.fields)
        return .result(
            "/assess/result?"
                + QueryParameters(pairs: kept.compactMap { name in form.first(name).map { (name, $0) } }).encoded())
    }

    /// Field id → message, for one step's answers.
    static func validate(_ step: Step, form: QueryParameters) -> [String: String] {
        var errors: [String: String] = [:]
        switch step {
        case .choose:
            if form.first("scale").flatMap(Scale.init(rawValue:)) == nil {
                errors["scale"] = "Choose which check you want to do."
            }
        case .item(let item):
            let name = item.rawValue.lowercased()
            if form.first(name).flatMap(Int.init).map(HexselCSS.itemRange.contains) != true {
                errors[name] = "Choose the answer that is closest to what you see: \(item.shortTitle)."
            }
        case .observations:
            let standing = form.first("standing").flatMap(NurnbergerMullerObservations.Appearance.init(rawValue:))
            let lying = form.first("lying").flatMap(NurnbergerMullerObservations.Appearance.init(rawValue:))
            let pinch = form.first("pinch").flatMap(NurnbergerMullerObservations.Pinch.init(rawValue:))
            if standing == nil { errors["standing"] = "Choose how your skin looks when you stand." }
            if lying == nil { errors["lying"] = "Choose how your skin looks when you lie down." }
            if pinch == nil { errors["pinch"] = "Choose what you see when you pinch the skin." }
            if let standing, let lying, let pinch {
                do throws(AssessmentError) {
                    _ = try NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
                } catch {
                    errors["standing"] =
                        "Dimples that show lying down but not standing fit no stage. "
                        + "Look again while standing in good light, then answer both questions."
                }
            }
        case .selfRating:
            if form.first("level").flatMap(Int.init).flatMap(SelfRatingLevel.init(rawValue:)) == nil {
                errors["level"] = "Choose the description closest to your skin."
            }
        }
        return errors
    }

    static func stepModel(
        _ kb: KnowledgeBase, step: Step, answers: QueryParameters, errors: [String: String], csrfToken: String
    ) -> AssessStepVM {
        let scale = answers.first("scale").flatMap(Scale.init(rawValue:))
        let all = scale.map(steps) ?? []
        let position = all.firstIndex(of: step)
        func field(_ name: String, _ legend: String, hint: String? = nil, _ options: [ChoiceVM]) -> ChoiceFieldVM {
            let current = answers.first(name)
            return ChoiceFieldVM(
                kind: .radio, name: name, id: "field-\(name)", legend: legend, hint: hint,
                choices: options.map {
                    var option = $0; option.isSelected = option.value == current; return option
                },
                error: errors[name])
        }
        let heading: String
        let intro: String?
        var fields: [ChoiceFieldVM]
        switch step {
        case .choose:
            heading = "Check your skin"
            intro =
                "Rate your own cellulite on a published scale. It takes two to five minutes, and the result says "
                + "what the score means and how much change would count."
            fields = [
                field(
                    "scale", "Which check would you like to do?",
                    [
                        ChoiceVM(
                            value: Scale.hexselCSS.rawValue, label: "Full check: Hexsel scale (5 short steps)",
                            hint:
                                "The most detailed published scale: number and depth of dimples, raised areas, sagging and stage. Total 0 to 15."
                        ),
                        ChoiceVM(
                            value: Scale.nurnbergerMuller.rawValue,
                            label: "Quick check: Nürnberger–Müller stage (3 questions)",
                            hint: "How your skin looks standing, lying down and pinched. Stage 0 to III."),
                        ChoiceVM(
                            value: Scale.selfRating.rawValue, label: "Fastest: rate it yourself (1 question)",
                            hint: "Pick the description closest to your skin. Level 0 to 4."),
                    ])
            ]
        case .item(let item):
            heading = item.question
            intro = "Look at the area in good light, standing relaxed. Choose the answer closest to what you see."
            fields = [
                field(
                    item.rawValue.lowercased(), item.question,
                    item.levels.map { level in
                        ChoiceVM(
                            value: "\(level.level)", label: "\(level.level): \(level.plainLanguage)",
                            hint: level.confidence.isLow
                                ? "The exact wording of this level in the published scale is unconfirmed." : nil)
                    })
            ]
            fields[0].legend = "Item \(item.rawValue): \(item.shortTitle)"
        case .observations:
            heading = "How does your skin look standing, lying down and pinched?"
            intro =
                "Do these three checks in front of a mirror, or take a photo. Relax your muscles unless a question says otherwise."
            fields = [
                field(
                    "standing", "Standing relaxed, without touching the skin: can you see dimples?",
                    [
                        ChoiceVM(value: "smooth", label: "No, it looks smooth"),
                        ChoiceVM(value: "dimpled", label: "Yes, I can see dimples"),
                    ]),
                field(
                    "lying", "Lying down on your front or side: can you see dimples?",
                    [
                        ChoiceVM(value: "smooth", label: "No, it looks smooth"),
                        ChoiceVM(value: "dimpled", label: "Yes, I can still see dimples"),
                    ]),
                field(
                    "pinch", "Gently pinch the skin between finger and thumb (or tighten the muscle). What do you see?",
                    hint:
                        "An “orange peel” or “mattress” pattern is a pitted or buttoned look, not just ordinary folds.",
                    [
                        ChoiceVM(value: "negative", label: "Only ordinary folds"),
                        ChoiceVM(value: "positive", label: "An orange-peel or mattress pattern"),
                    ]),
            ]
        case .selfRating:
            heading = "Which description is closest to your skin?"
            intro = "Look at the area in good light, standing relaxed."
            fields = [
                field(
                    "level", "Your cellulite, in your own view",
                    SelfRatingLevel.allCases.map { level in
                        ChoiceVM(
                            value: "\(level.rawValue)",
                            label: "\(level.rawValue) – \(level.label.capitalizedFirst): \(level.plainLanguage)")
                    })
            ]
        }
        let asked = Set(step.fields)
        let hidden = answerFields.filter { !asked.contains($0) }.compactMap { name in
            answers.first(name).map { (name: name, value: $0) }
        }
        let title = step == .choose ? "Check your skin" : "Check your skin: \(heading)"
        return AssessStepVM(
            chrome: Present.chrome(kb.meta, title: errors.isEmpty ? title : "Error: \(title)", active: .assess),
            progress: position.map { all.count > 1 ? "Step \($0 + 1) of \(all.count)" : nil } ?? nil,
            heading: heading, intro: intro,
            errors: fields.compactMap { field in field.error.map { FormErrorVM(fieldID: field.id, message: $0) } },
            fields: fields, hidden: hidden, step: step.id, csrfToken: csrfToken, canGoBack: step != .choose,
            continueLabel: position.map { $0 + 1 == all.count ? "See my result" : "Continue" } ?? "Start",
            showHowToLook: step == .choose)
    }

    // MARK: GET /assess/result

    static func result(_ kb: KnowledgeBase, query: QueryParameters) -> AssessResultVM? {
        guard let scale = query.first("scale").flatMap(Scale.init(rawValue:)) else { return nil }
        for step in steps(scale) where !validate(step, form: query).isEmpty { return nil }
        let chrome = Present.chrome(kb.meta, title: "Your result", active: .assess)
        let againHref = "/assess"
        func plan(_ reading: SeverityReading) -> String {
            "/plan/edit?severityScale=\(reading.scale.rawValue)&severityScore=\(reading.score)#field-severityScale"
        }
        func change(_ change: MeaningfulChange) -> (String, String?) {
            let head =
                change.points.map { "A change of \($0) \($0 == 1 ? "point" : "points") or more counts as meaningful. " }
                ?? ""
            return (head + change.explanation, Present.confidenceNote(change.confidence))
        }
        let observations = (
            standing: query.first("standing") ?? "", lying: query.first("lying") ?? "",
            pinch: query.first("pinch") ?? ""
        )
        let observationRows = [
            AssessRowVM(label: "Standing", value: observations.standing == "dimpled" ? "Dimples visible" : "Smooth"),
            AssessRowVM(label: "Lying down", value: observations.lying == "dimpled" ? "Dimples visible" : "Smooth"),
            AssessRowVM(
                label: "Pinch test",
                value: observations.pinch == "positive" ? "Orange-peel or mattress pattern" : "Only ordinary folds"),
        ]
        func nmAssessment() -> NurnbergerMullerAssessment? {
            guard let standing = NurnbergerMullerObservations.Appearance(rawValue: observations.standing),
                let lying = NurnbergerMullerObservations.Appearance(rawValue: observations.lying),
                let pinch = NurnbergerMullerObservations.Pinch(rawValue: observations.pinch)
            else { return nil }
            return try? NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
        }
        switch scale {
        case .hexselCSS:
            guard let nm = nmAssessment() else { return nil }
            let items = ["a", "b", "c", "d"].compactMap { query.first($0).flatMap(Int.init) }
            guard items.count == 4,
                let css = try? HexselCSSAssessment(a: items[0], b: items[1], c: items[2], d: items[3], stage: nm.stage)
            else {
                return nil
            }
            let rows = HexselCSSItem.allCases.map { item -> AssessRowVM in
                let value = css.score(item)
                let level = item.levels[value]
                return AssessRowVM(
                    label: "\(item.rawValue). \(item.title)", value: "\(value) – \(level.plainLanguage)",
                    confidenceNote: Present.confidenceNote(level.confidence))
            }
            let (changeText, changeNote) = change(HexselCSS.meaningfulChange)
            return AssessResultVM(
                chrome: chrome, scaleName: HexselCSS.name, scaleID: HexselCSS.id, version: HexselCSS.version,
                scoreNoun: HexselCSS.scoreNoun, score: "\(css.total.value)", range: HexselCSS.rangeDescription,
                band: css.band.rawValue.capitalizedFirst,
                bandDescription: "Bands: 0 none, 1–5 mild, 6–10 moderate, 11–15 severe.",
                bandConfidenceNote: Present.confidenceNote(HexselCSSBand.cutOffConfidence),
                rows: rows
                    + observationRows.map {
                        var row = $0; row.label = "Item E check: \(row.label.lowercased())"; return row
                    },
                meaningfulChange: changeText, meaningfulChangeNote: changeNote,
                notes: nm.notes, lowConfidence: css.lowConfidence.map(\.explanation),
                citations: Presentation.refs(HexselCSS.citations), planHref: plan(css.reading), againHref: againHref)
        case .nurnbergerMuller:
            guard let nm = nmAssessment() else { return nil }
            let (changeText, changeNote) = change(NurnbergerMuller.meaningfulChange)
            return AssessResultVM(
                chrome: chrome, scaleName: NurnbergerMuller.name, scaleID: NurnbergerMuller.id,
                version: NurnbergerMuller.version,
                scoreNoun: NurnbergerMuller.scoreNoun, score: nm.stage.roman,
                range: "0–III (scored 0–3), higher = more severe",
                band: "Stage \(nm.stage.roman)", bandDescription: nm.stage.plainLanguage, bandConfidenceNote: nil,
                rows: observationRows, meaningfulChange: changeText, meaningfulChangeNote: changeNote,
                notes: nm.notes, lowConfidence: [],
                citations: Presentation.refs(NurnbergerMuller.citations), planHref: plan(nm.reading),
                againHref: againHref)
        case .selfRating:
            guard let level = query.first("level").flatMap(Int.init).flatMap(SelfRatingLevel.init(rawValue:)) else {
                return nil
            }
            let assessment = SelfRatingAssessment(level: level)
            let (changeText, changeNote) = change(SelfRating.meaningfulChange)
            return AssessResultVM(
                chrome: chrome, scaleName: SelfRating.name, scaleID: SelfRating.id, version: SelfRating.version,
                scoreNoun: SelfRating.scoreNoun, score: "\(level.rawValue)", range: SelfRating.rangeDescription,
                band: level.label.capitalizedFirst, bandDescription: level.plainLanguage,
                bandConfidenceNote: Present.confidenceNote(SelfRating.descriptorConfidence),
                rows: [AssessRowVM(label: "Your rating", value: "\(level.rawValue) – \(level.label)")],
                meaningfulChange: changeText, meaningfulChangeNote: changeNote,
                notes: [SelfRating.notThePRPCSS], lowConfidence: [],
                citations: Presentation.refs(SelfRating.citations), planHref: plan(assessment.reading),
                againHref: againHref)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
