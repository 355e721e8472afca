import CelluliteKit
import CelluliteViews

/// Builds the view-model of one wizard step from the state in the query.
enum SkinCheckStepPresenter {
    static func model(
        _ kb: KnowledgeBase, state: SkinCheckState, step: SkinCheckStep, errors: [String: String]
    ) -> SkinCheckStepVM {
        let steps = state.scale?.steps ?? []
        let position = steps.firstIndex(of: step)
        let questions = questions(step, state: state, errors: errors)
        let heading: String? =
            switch step {
            case .choose: "Check your skin"
            case .observations: SkinCheckCopy.observationsHeading
            case .item, .selfRating: nil
            }
        let title = heading ?? questions.first?.field.legend ?? "Check your skin"
        let pageTitle = step == .choose ? title : "Check your skin: \(title)"
        let asked = Set(step.fields)
        let isLast = position.map { $0 + 1 == steps.count } ?? false
        return SkinCheckStepVM(
            chrome: Present.chrome(kb.meta, title: errors.isEmpty ? pageTitle : "Error: \(pageTitle)", active: .assess),
            progress: position.flatMap { steps.count > 1 ? "Step \($0 + 1) of \(steps.count)" : nil },
            heading: heading,
            intro: step == .choose
                ? SkinCheckCopy.startIntro
                : step == .observations ? SkinCheckCopy.observationsIntro : nil,
            errors: questions.compactMap { question in
                question.field.error.map { FormErrorVM(fieldID: question.field.id, message: $0) }
            },
            questions: questions,
            hidden: state.pairs().filter { !asked.contains($0.name) }
                + (state.isChanging ? [(name: "change", value: "1")] : []) + [(name: "from", value: step.id)],
            continueLabel: step == .choose ? "Start" : (isLast || state.isChanging) ? "See my result" : "Continue",
            continueTarget: state.isChanging && step != .choose ? "result" : "next",
            back: back(step, state: state),
            showHowToLook: step == .choose,
            privacyNote: SkinCheckCopy.privacyNote,
            notADiagnosis: SkinCheckCopy.notADiagnosis)
    }

    /// Back to the result when changing one answer; otherwise to the previous step, answers kept.
    private static func back(_ step: SkinCheckStep, state: SkinCheckState) -> LinkVM? {
        if state.isChanging, SkinCheckResultPresenter.isComplete(state) {
            return LinkVM(name: "Back to your result", href: state.resultAddress)
        }
        return SkinCheckFlow.previous(step, in: state.scale).map {
            LinkVM(name: "Back", href: state.stepAddress($0))
        }
    }

    static func questions(_ step: SkinCheckStep, state: SkinCheckState, errors: [String: String])
        -> [SkinCheckQuestionVM]
    {
        func field(_ name: String, _ legend: String, hint: String? = nil, _ choices: [ChoiceVM]) -> ChoiceFieldVM {
            let current = state.answer(name)
            return ChoiceFieldVM(
                kind: .radio, name: name, id: "field-\(name)", legend: legend, hint: hint,
                choices: choices.map { choice in
                    var choice = choice
                    choice.isSelected = choice.value == current
                    return choice
                },
                error: errors[name])
        }
        switch step {
        case .choose:
            let choices = SkinCheckScale.allCases.map { scale in
                let copy = SkinCheckCopy.choice(scale)
                return ChoiceVM(value: scale.rawValue, label: copy.label, hint: copy.hint)
            }
            return [
                SkinCheckQuestionVM(
                    field: field("scale", SkinCheckCopy.chooseQuestion, choices), legendIsHeading: false,
                    drawingsCaption: nil, drawings: [])
            ]
        case .item(let item):
            let name = item.rawValue.lowercased()
            let choices = item.levels.map { ChoiceVM(value: "\($0.level)", label: SkinCheckCopy.optionLabel($0)) }
            let drawings = item.levels.compactMap { level in
                drawing(level).map {
                    ReferenceDrawingVM(
                        id: "drawing-\(name)-\(level.level)", drawing: $0, caption: SkinCheckCopy.drawingCaption(level),
                        description: SkinCheckCopy.drawingDescription(level))
                }
            }
            return [
                SkinCheckQuestionVM(
                    field: field(name, item.question, hint: SkinCheckCopy.hint(item), choices), legendIsHeading: true,
                    drawingsCaption: drawings.isEmpty ? nil : SkinCheckCopy.drawingsCaption(item), drawings: drawings)
            ]
        case .observations:
            return SkinCheckCopy.ObservationField.allCases.map { observation in
                switch observation {
                case .standing, .lying:
                    let choices = NurnbergerMullerObservations.Appearance.allCases.map {
                        ChoiceVM(value: $0.rawValue, label: SkinCheckCopy.label($0, lying: observation == .lying))
                    }
                    return SkinCheckQuestionVM(
                        field: field(observation.rawValue, SkinCheckCopy.legend(observation), choices),
                        legendIsHeading: false, drawingsCaption: nil, drawings: [])
                case .pinch:
                    let pinches = NurnbergerMullerObservations.Pinch.allCases
                    return SkinCheckQuestionVM(
                        field: field(
                            "pinch", SkinCheckCopy.legend(.pinch), hint: SkinCheckCopy.pinchHint,
                            pinches.map { ChoiceVM(value: $0.rawValue, label: SkinCheckCopy.label($0)) }),
                        legendIsHeading: false, drawingsCaption: SkinCheckCopy.pinchDrawingsCaption,
                        drawings: pinches.map { pinch in
                            ReferenceDrawingVM(
                                id: "drawing-pinch-\(pinch.rawValue)",
                                drawing: .pinch(showsPattern: pinch == .positive),
                                caption: SkinCheckCopy.pinchDrawingCaption(pinch),
                                description: SkinCheckCopy.pinchDrawingDescription(pinch))
                        })
                }
            }
        case .selfRating:
            let choices = SelfRatingLevel.allCases.map {
                ChoiceVM(value: "\($0.rawValue)", label: SkinCheckCopy.label($0))
            }
            return [
                SkinCheckQuestionVM(
                    field: field(
                        "level", SkinCheckCopy.selfRatingQuestion, hint: SkinCheckCopy.selfRatingHint, choices),
                    legendIsHeading: true, drawingsCaption: nil, drawings: [])
            ]
        }
    }

    /// The visual items get reference drawings; counting dimples needs none.
    private static func drawing(_ level: HexselCSSLevel) -> SkinDrawing? {
        switch level.item {
        case .a, .e: nil
        case .b: .depth(level.level)
        case .c: .texture(level.level)
        case .d: .laxity(level.level)
        }
    }
}
