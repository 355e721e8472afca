import CelluliteViews

/// The plan's questions, a few per screen (GOV.UK "one thing per page", grouped): who you are,
/// your cellulite, your event and limits, then skin and health. Each step owns its fields: its
/// form asks them and carries every other answer in hidden fields. The steps themselves are
/// addresses, so they are declared beside `SiteURL`.
extension PlanStep {
    /// The answer fields this step asks, in form order. `daysUntilEvent` belongs to the event
    /// step: old plan links carry it, and the date question replaces it there.
    var fields: [String] {
        switch self {
        case .aboutYou: ["age", "sex"]
        case .yourCellulite: ["areas", "concern", "severityScale", "severityScore"]
        case .eventAndLimits: ["eventDate", "daysUntilEvent", "budgetUSD", "setting", "maxDowntimeDays"]
        case .skinAndHealth: ["fitzpatrick", "conditions", "allergies"]
        }
    }

    var heading: String {
        switch self {
        case .aboutYou: "About you"
        case .yourCellulite: "Your cellulite"
        case .eventAndLimits: "Your event, budget and time"
        case .skinAndHealth: "Your skin and health"
        }
    }

    var intro: String? {
        switch self {
        case .aboutYou:
            "Only your age is needed. Every other answer makes the plan fit you better; leave out anything you would rather not say."
        case .yourCellulite: "Tell us where it is and what bothers you, so the plan puts the right options first."
        case .eventAndLimits: "Leave any of these blank if they do not matter to you."
        case .skinAndHealth:
            "These questions are optional. We ask them to keep you safe, and we explain why with each one."
        }
    }

    /// 1-based, for "Step 2 of 4".
    var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    var next: PlanStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    var previous: PlanStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index > 0 ? all[index - 1] : nil
    }

    /// The step that asks `field`; unknown fields go to the first step, where age is asked.
    static func owning(_ field: String) -> PlanStep {
        allCases.first { $0.fields.contains(field) } ?? .aboutYou
    }
}
