import CelluliteKit

/// The plan as readable text for an 80-column terminal.
enum PlanText {
    static func render(_ plan: Plan, for profile: Profile, in base: KnowledgeBase) -> String {
        var out: [String] = ["YOUR CELLULITE PLAN", String(repeating: "=", count: 19)]
        out.append(
            TextLayout.wrap(
                "This is information, not a diagnosis. See a clinician for pain, rapid change or anything that worries you."
            ))
        if !plan.redFlags.isEmpty {
            out.append(TextLayout.heading("!! Please read first"))
            for flag in plan.redFlags { out.append(TextLayout.wrap(flag, first: "!! ")) }
        }
        if !plan.safetySummary.isEmpty {
            out.append(TextLayout.heading("For your safety"))
            for line in plan.safetySummary { out.append(TextLayout.wrap(line, first: "- ", rest: "  ")) }
        }
        let sections: [(PlanSection, String)] = [
            (.beforeEvent, profile.daysUntilEvent.map { "Before your event (in \($0) days)" } ?? "Before your event"),
            (.daily, "Every day at home"),
            (.inOffice, "Ask your dermatologist about"),
        ]
        for (section, title) in sections {
            let items = plan.recommendations(in: section)
            guard !items.isEmpty else { continue }
            out.append(TextLayout.heading(title))
            for item in items { out.append(render(item, in: base)) }
        }
        if !plan.excluded.isEmpty {
            out.append(TextLayout.heading("Not in your plan, and why"))
            for exclusion in plan.excluded {
                out.append(
                    TextLayout.wrap(
                        exclusion.reasons.joined(separator: " "), first: "- \(exclusion.name): ", rest: "    "))
            }
        }
        if !plan.questionsForYourDermatologist.isEmpty {
            out.append(TextLayout.heading("Questions for your dermatologist"))
            for question in plan.questionsForYourDermatologist { out.append(TextLayout.wrap(question, first: "? ")) }
        }
        out.append(TextLayout.heading("What to expect"))
        out.append(TextLayout.wrap(plan.expectations))
        return out.joined(separator: "\n")
    }

    private static func render(_ item: Recommendation, in base: KnowledgeBase) -> String {
        var lines = ["", "\(item.rank). \(item.name)"]
        lines.append(
            "   Evidence: \(TextLayout.evidence(item.evidence.grade, sort: item.evidence.sort, label: item.evidence.label))"
        )
        lines.append(
            TextLayout.wrap(
                "Cost: \(TextLayout.cost(min: item.costUSD.min, max: item.costUSD.max, unit: item.costUSD.unit, confidence: item.costUSD.confidence))",
                first: "   ", rest: "     "))
        lines.append("   Results: \(item.timeToResults)")
        for reason in item.reasons { lines.append(TextLayout.wrap(reason, first: "   + ", rest: "     ")) }
        for caution in item.cautions { lines.append(TextLayout.wrap(caution, first: "   ! ", rest: "     ")) }
        let examples = item.products.compactMap(base.product).map(\.exampleLabel)
        if !examples.isEmpty {
            lines.append(TextLayout.wrap("Examples: " + examples.joined(separator: "; "), first: "   ", rest: "     "))
        }
        lines.append(TextLayout.wrap("Sources: \(item.citations.joined(separator: ", "))", first: "   ", rest: "     "))
        return lines.joined(separator: "\n")
    }
}
