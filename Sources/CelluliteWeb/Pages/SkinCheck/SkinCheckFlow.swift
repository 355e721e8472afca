import CelluliteViews

/// Which screen a GET of /assess shows. Every step is recomputed from the query: the first step
/// of the chosen check that is not yet answered correctly, or the one the person asked for.
enum SkinCheckFlow {
    enum Outcome: Equatable {
        /// Show this step; `errors` is empty unless the person sent it with a mistake.
        case step(SkinCheckStep, errors: [String: String])
        /// Every answer is in: go to the result at this address.
        case result(SiteURL)
    }

    static func resolve(_ state: SkinCheckState) -> Outcome {
        if state.target == .step(.choose) {
            return .step(.choose, errors: [:])
        }
        guard let scale = state.scale else {
            let sent = state.submitted == .choose
            return .step(.choose, errors: sent ? SkinCheckValidation.errors(.choose, in: state) : [:])
        }
        let steps = scale.steps
        let target = resolvedTarget(state, steps: steps)
        let before: [SkinCheckStep]
        switch target {
        case .step(let step): before = Array(steps.prefix { $0 != step })
        case .result, .next: before = steps  // `.next` is resolved to a step or the result above
        }
        for step in before {
            let errors = SkinCheckValidation.errors(step, in: state)
            guard !errors.isEmpty else { continue }
            // A step never reached is shown plainly; one that was sent, or half answered, shows its mistakes.
            let attempted = step == state.submitted || SkinCheckValidation.isStarted(step, in: state)
            return .step(step, errors: attempted ? errors : [:])
        }
        if case .step(let step) = target {
            return .step(step, errors: [:])
        }
        return .result(state.resultAddress)
    }

    /// "Next" means the step after the one sent; a step that is not part of the chosen check
    /// (an old link) means the check's first step.
    private static func resolvedTarget(_ state: SkinCheckState, steps: [SkinCheckStep]) -> SkinCheckState.Target {
        switch state.target ?? (state.submitted == nil ? .step(steps[0]) : .next) {
        case .result:
            return .result
        case .step(let step):
            return steps.contains(step) ? .step(step) : .step(steps[0])
        case .next:
            guard let sent = state.submitted, let index = steps.firstIndex(of: sent) else {
                return .step(steps[0])
            }
            return index + 1 < steps.count ? .step(steps[index + 1]) : .result
        }
    }

    /// The step before `step` in the chosen check ("choose" before the first).
    static func previous(_ step: SkinCheckStep, in scale: SkinCheckScale?) -> SkinCheckStep? {
        guard step != .choose else { return nil }
        guard let steps = scale?.steps, let index = steps.firstIndex(of: step), index > 0 else { return .choose }
        return steps[index - 1]
    }
}
