/// A safety rule with its effects sorted out per treatment when the engine is made, so a plan
/// does not compare every effect's treatment slugs against every treatment. A class: plans pass
/// the fired rules around, and a reference is one count to keep where the rule's fields are dozens.
final class PlanSafetyRule: Sendable {
    let rule: SafetyRule
    /// Indexed by catalogue position: the rule's effects on that treatment, in rule order.
    private let effectsByTreatment: [[SafetyEffect]]
    /// Ingredients a product must not contain when this rule fires.
    let avoidActives: [String]

    init(_ rule: SafetyRule, catalogue: [Treatment]) {
        self.rule = rule
        effectsByTreatment = catalogue.map { treatment in rule.effects.filter { $0.applies(to: treatment) } }
        avoidActives = rule.effects.flatMap { $0.avoidActives ?? [] }
    }

    func effects(on catalogueIndex: Int) -> [SafetyEffect] {
        effectsByTreatment[catalogueIndex]
    }
}
