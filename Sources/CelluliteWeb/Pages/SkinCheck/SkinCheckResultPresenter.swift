import CelluliteKit
import CelluliteViews

/// Scores the answers with the domain's scales and words the result: reassurance first, then the
/// score, the answers with Change links, what change would count, and the way into the plan.
enum SkinCheckResultPresenter {
    /// A scored result, in the domain's terms.
    enum Scored {
        case hexsel(HexselCSSAssessment, NurnbergerMullerAssessment)
        case nurnbergerMuller(NurnbergerMullerAssessment)
        case selfRating(SelfRatingAssessment)

        /// The answers as a check-in stores them; the site comes from the check-in form.
        var input: AssessmentInput {
            switch self {
            case .hexsel(let css, _): .hexselCSS(items: css.items, site: nil)
            case .nurnbergerMuller(let nm): .nurnbergerMuller(nm.observations)
            case .selfRating(let rating): .selfRating(level: rating.level.rawValue)
            }
        }

        var reading: SeverityReading {
            switch self {
            case .hexsel(let css, _): css.reading
            case .nurnbergerMuller(let nm): nm.reading
            case .selfRating(let rating): rating.reading
            }
        }
    }

    static func isComplete(_ state: SkinCheckState) -> Bool { score(state) != nil }

    /// Nil unless every answer of the chosen check is present and valid.
    static func score(_ state: SkinCheckState) -> Scored? {
        guard let scale = state.scale else { return nil }
        for step in scale.steps where !SkinCheckValidation.errors(step, in: state).isEmpty { return nil }
        func stage() -> NurnbergerMullerAssessment? {
            let observed = SkinCheckValidation.observations(state)
            guard let standing = observed.standing, let lying = observed.lying, let pinch = observed.pinch else {
                return nil
            }
            return try? NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
        }
        switch scale {
        case .hexselCSS:
            let items = [HexselCSSItem.a, .b, .c, .d].compactMap { SkinCheckValidation.itemScore($0, in: state) }
            guard items.count == 4, let nm = stage(),
                let css = try? HexselCSSAssessment(a: items[0], b: items[1], c: items[2], d: items[3], stage: nm.stage)
            else { return nil }
            return .hexsel(css, nm)
        case .nurnbergerMuller:
            return stage().map(Scored.nurnbergerMuller)
        case .selfRating:
            return SkinCheckValidation.selfRatingLevel(state).map { .selfRating(SelfRatingAssessment(level: $0)) }
        }
    }

    /// The page for answers already scored (`score(state)`), with the check-in form when given.
    static func model(
        _ kb: KnowledgeBase, state: SkinCheckState, scored: Scored, checkIn: CheckInFormVM? = nil
    ) -> SkinCheckResultVM {
        let reading = scored.reading
        let scale = SkinCheckScale(reading.scale)
        let (score, band, bandNote) = scoreText(scored)
        let (change, changeNote) = meaningfulChange(scale)
        return SkinCheckResultVM(
            chrome: Present.chrome(kb.meta, title: "Your result", active: .assess),
            reassurance: Present.fact(kb.meta.planNotes.doingNothing, sourcesOn: .sources),
            reassuranceMore:
                "This check describes how your skin looks. It is not a measure of health, and a higher score "
                + "does not mean you need to treat it.",
            score: score, band: band, bandNote: bandNote,
            scale: "\(reading.scale.name), version \(reading.version). Scores run \(reading.scale.rangeDescription).",
            answers: answers(scored, scale: scale, state: state),
            meaningfulChange: change, meaningfulChangeNote: changeNote,
            notes: notes(scored),
            citations: Presentation.refs(reading.scale.scale.citations),
            planHref: state.planAddress(reading),
            planHint: state.planAnswers.isEmpty
                ? "We add your score to the plan’s questions; you answer the rest."
                : "Your plan uses this score together with the answers you already gave.",
            againHref: state.restartAddress,
            notADiagnosis: SkinCheckCopy.notADiagnosis, checkIn: checkIn)
    }

    // MARK: The score, without alarm

    private static func scoreText(_ scored: Scored) -> (score: String, band: String, note: String?) {
        switch scored {
        case .hexsel(let css, _):
            let band = css.band
            let text =
                band == .none
                ? "A total of 0 means this check found no visible cellulite."
                : "The scale groups totals of \(band.totals.lowerBound) to \(band.totals.upperBound) as “\(bandWord(band))”."
            return (
                "Your total on the Hexsel scale: \(css.total.value) out of \(HexselCSS.range.upperBound).", text,
                Present.confidenceNote(HexselCSSBand.cutOffConfidence)
            )
        case .nurnbergerMuller(let nm):
            return (
                "Your Nürnberger–Müller stage: \(nm.stage.roman), on a scale from 0 to III.",
                "Stage \(nm.stage.roman): \(nm.stage.plainLanguage)", nil
            )
        case .selfRating(let rating):
            let level = rating.level
            return (
                "Your own rating: \(level.rawValue) out of \(SelfRating.range.upperBound).",
                "Level \(level.rawValue), “\(level.label)”: \(level.plainLanguage)",
                Present.confidenceNote(SelfRating.descriptorConfidence)
            )
        }
    }

    static func bandWord(_ band: HexselCSSBand) -> String {
        switch band {
        case .none: "none"
        case .mild: "mild"
        case .moderate: "moderate"
        case .severe: "severe"
        }
    }

    // MARK: What change would count

    private static func meaningfulChange(_ scale: SkinCheckScale) -> (String, String?) {
        let change = scale.readingScale.meaningfulChange
        let text: String
        switch scale {
        case .hexselCSS:
            text =
                "Our sources give no size of change that counts as meaningful on this scale, so if you check again "
                + "later we show the difference as a number, without a verdict."
        case .nurnbergerMuller:
            text =
                "A stage is a category, and our sources give no rule for a meaningful change, so a new stage is shown "
                + "without a verdict."
        case .selfRating:
            let points = change.points ?? 1
            text =
                "A change of \(points) \(points == 1 ? "level" : "levels") or more counts as meaningful. That rule was "
                + "tested on a photo scale used in treatment trials, which shares these five level names; this "
                + "self-rating borrows the rule but has not been tested itself."
        }
        return (text, Present.confidenceNote(change.confidence))
    }

    // MARK: Good to know

    private static func notes(_ scored: Scored) -> [String] {
        switch scored {
        case .hexsel(let css, let nm):
            return css.lowConfidence.map(explanation) + nm.notes
        case .nurnbergerMuller(let nm):
            return nm.notes
        case .selfRating:
            return [
                "The five level names (none, almost none, mild, moderate, severe) come from a photo scale used in "
                    + "treatment trials. The descriptions are ours: this is not that scale, and it has not been tested itself."
            ]
        }
    }

    static func explanation(_ point: HexselCSS.LowConfidencePoint) -> String {
        switch point {
        case .bandCutOffs:
            "The groups (1 to 5 mild, 6 to 10 moderate, 11 to 15 severe) are quoted by later summaries of the scale; "
                + "we could not check them against the original paper. “None” for a total of 0 is our word."
        case .levelZeroWording:
            "An answer of 0 means nothing of that kind is visible. We could not check the original paper’s exact "
                + "words for 0, only later descriptions of it."
        case .itemEMapping:
            "Your standing, lying-down and pinch answers give a stage from 0 to III, counted as 0 to 3 points. "
                + "That is how the scale is described, but we could not confirm it in the original paper."
        }
    }

    // MARK: Your answers, with Change links

    private static func answers(_ scored: Scored, scale: SkinCheckScale, state: SkinCheckState)
        -> [SkinCheckAnswerVM]
    {
        let chosen = SkinCheckAnswerVM(
            question: "Which check", answer: SkinCheckCopy.checkName(scale),
            changeHref: state.stepAddress(.choose, changing: true))
        func observationRows(_ nm: NurnbergerMullerAssessment) -> [SkinCheckAnswerVM] {
            let observed = nm.observations
            let href = state.stepAddress(.observations, changing: true)
            return SkinCheckCopy.ObservationField.allCases.map { field in
                let answer: String =
                    switch field {
                    case .standing: SkinCheckCopy.label(observed.standing, lying: false)
                    case .lying: SkinCheckCopy.label(observed.lying, lying: true)
                    case .pinch: SkinCheckCopy.label(observed.pinch)
                    }
                return SkinCheckAnswerVM(question: SkinCheckCopy.rowLabel(field), answer: answer, changeHref: href)
            }
        }
        switch scored {
        case .hexsel(let css, let nm):
            let items = [HexselCSSItem.a, .b, .c, .d].map { item in
                let level = item.levels[css.score(item)]
                return SkinCheckAnswerVM(
                    question: item.question, answer: SkinCheckCopy.optionLabel(level),
                    changeHref: state.stepAddress(.item(item), changing: true))
            }
            return [chosen] + items + observationRows(nm)
        case .nurnbergerMuller(let nm):
            return [chosen] + observationRows(nm)
        case .selfRating(let rating):
            return [
                chosen,
                SkinCheckAnswerVM(
                    question: SkinCheckCopy.selfRatingQuestion, answer: SkinCheckCopy.label(rating.level),
                    changeHref: state.stepAddress(.selfRating, changing: true)),
            ]
        }
    }
}
