import CelluliteKit

/// The plan in one paragraph, first on the page: what helps before the event, what to do at home,
/// what to ask a clinic about, and what was left out for safety. Built from the plan only, so it
/// can never say something the sections below do not.
enum PlanSummary {
    static func paragraph(_ plan: Plan, profile: Profile) -> String {
        var sentences: [String] = []
        if !plan.redFlags.isEmpty {
            sentences.append("First, see a doctor or nurse about what you told us: the box below says why.")
        }
        for section in PlanSection.allCases {
            if let sentence = sentence(section, names: plan.recommendations(in: section) { $0.name }, profile: profile)
            {
                sentences.append(sentence)
            }
        }
        let safety = safetyExclusions(plan)
        switch safety.count {
        case 0: break
        case 1...3: sentences.append("Left out for your safety: \(list(safety)).")
        default: sentences.append("\(safety.count) options are left out for your safety; the reasons are below.")
        }
        sentences.append("Doing nothing is also a reasonable choice: cellulite is normal.")
        return sentences.joined(separator: " ")
    }

    private static func sentence(_ section: PlanSection, names: [String], profile: Profile) -> String? {
        switch section {
        case .beforeEvent:
            guard let days = profile.daysUntilEvent else { return nil }
            let when = EventDate.whenText(days: days)
            return names.isEmpty
                ? "Nothing fits before your event \(when) with the answers you gave."
                : "Your event is \(when), so only quick camouflage can help by then: \(list(names))."
        case .daily:
            return names.isEmpty
                ? nil
                : "At home: \(list(names)), with small effects that last only while you keep going."
        case .inOffice:
            if !names.isEmpty { return "Clinic options to discuss with a dermatologist: \(list(names))." }
            return profile.setting == .home
                ? "You asked for home options only, so no clinic procedures are shown." : nil
        }
    }

    /// Names of the options a safety rule left out (not budget, time or preference).
    static func safetyExclusions(_ plan: Plan) -> [String] {
        plan.excluded.filter { $0.reasonKinds.contains(.contraindication) }.map(\.name)
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
