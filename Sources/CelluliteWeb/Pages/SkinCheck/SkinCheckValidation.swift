import CelluliteKit

/// Checks one step's answers. The rules are the domain's (item range, stage combinations); the
/// messages say how to fix the answer.
enum SkinCheckValidation {
    /// Field name → message, for one step.
    static func errors(_ step: SkinCheckStep, in state: SkinCheckState) -> [String: String] {
        var errors: [String: String] = [:]
        switch step {
        case .choose:
            if state.scale == nil {
                errors["scale"] = "Choose which check you want to do."
            }
        case .item(let item):
            let field = item.rawValue.lowercased()
            if state.answer(field).flatMap(Int.init).map(HexselCSS.itemRange.contains) != true {
                errors[field] = "Choose the answer closest to what you see: \(item.shortTitle)."
            }
        case .observations:
            let observed = observations(state)
            if observed.standing == nil { errors["standing"] = "Choose how your skin looks when you stand." }
            if observed.lying == nil { errors["lying"] = "Choose how your skin looks when you lie down." }
            if observed.pinch == nil { errors["pinch"] = "Choose what you see when you pinch the skin." }
            if let standing = observed.standing, let lying = observed.lying, let pinch = observed.pinch {
                do throws(AssessmentError) {
                    _ = try NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
                } catch {
                    errors["standing"] =
                        "Dimples that show lying down but not standing fit no stage. "
                        + "Look again while standing in good light, then answer both questions."
                }
            }
        case .selfRating:
            if selfRatingLevel(state) == nil {
                errors["level"] = "Choose the description closest to your skin."
            }
        }
        return errors
    }

    /// Whether the person gave any answer on this step (a wrong one or a complete one).
    static func isStarted(_ step: SkinCheckStep, in state: SkinCheckState) -> Bool {
        step.fields.contains { state.answer($0) != nil }
    }

    static func observations(_ state: SkinCheckState) -> (
        standing: NurnbergerMullerObservations.Appearance?, lying: NurnbergerMullerObservations.Appearance?,
        pinch: NurnbergerMullerObservations.Pinch?
    ) {
        (
            state.answer("standing").flatMap(NurnbergerMullerObservations.Appearance.init(rawValue:)),
            state.answer("lying").flatMap(NurnbergerMullerObservations.Appearance.init(rawValue:)),
            state.answer("pinch").flatMap(NurnbergerMullerObservations.Pinch.init(rawValue:))
        )
    }

    static func selfRatingLevel(_ state: SkinCheckState) -> SelfRatingLevel? {
        state.answer("level").flatMap(Int.init).flatMap(SelfRatingLevel.init(rawValue:))
    }

    /// The Hexsel item score the person chose, when valid.
    static func itemScore(_ item: HexselCSSItem, in state: SkinCheckState) -> Int? {
        state.answer(item.rawValue.lowercased()).flatMap(Int.init).flatMap {
            HexselCSS.itemRange.contains($0) ? $0 : nil
        }
    }
}
