import CelluliteKit
import CelluliteViews

enum PlanJourney {
    /// Hidden marker: the step's form was sent, so check its answers and move on.
    static let submitted = "submitted"
    /// Hidden marker: the person came from "Check your answers" and goes back there.
    static let returnTo = "return"
    static let returnToCheck = "check"

    static func checkHref(_ answers: PlanAnswers) -> SiteURL { .planCheck(answers.canonicalQuery) }
    static func planHref(_ answers: PlanAnswers) -> SiteURL { .plan(answers.canonicalQuery) }

    static func stepHref(_ step: PlanStep, _ answers: PlanAnswers, change: Bool = false, field: String? = nil)
        -> SiteURL
    {
        var query = answers.canonical
        if change { query += (query.isEmpty ? "" : "&") + "\(returnTo)=\(returnToCheck)" }
        let page = SiteURL.planStep(step, query.isEmpty ? nil : SiteURL.Query(encoded: query))
        return field.map { page.anchored("field-\($0)") } ?? page
    }

    /// The step page. `problems` may name fields of other steps (an old or edited link): the
    /// summary then links to those steps, and only this step's fields show their message.
    static func stepPage(
        _ context: WebContext, step: PlanStep, answers: PlanAnswers, problems: [PlanAnswers.Problem],
        change: Bool
    ) -> PlanStepVM {
        let errors = problems.map { problem in
            FormErrorVM(
                fieldID: "field-\(problem.field)", message: problem.message,
                href: problem.step == step ? nil : stepHref(problem.step, answers, field: problem.field))
        }
        let atField = Dictionary(
            problems.filter { $0.step == step }.map { ("field-\($0.field)", $0.message) },
            uniquingKeysWith: { first, _ in first })
        let title = "\(step.heading) – Your plan"
        let back: LinkVM =
            if change {
                LinkVM(name: "Back to your answers", href: checkHref(answers))
            } else if let previous = step.previous {
                LinkVM(name: "Back", href: stepHref(previous, answers))
            } else {
                LinkVM(name: "Back", href: .home)
            }
        var hidden = answers.carried(past: step).map { HiddenFieldVM(name: $0.name, value: $0.value) }
        hidden.append(HiddenFieldVM(name: submitted, value: step.rawValue))
        if change { hidden.append(HiddenFieldVM(name: returnTo, value: returnToCheck)) }
        return PlanStepVM(
            chrome: Present.chrome(
                context.knowledgeBase.meta, title: errors.isEmpty ? title : "Error: \(title)", active: .plan),
            progress: "Step \(step.number) of \(PlanStep.allCases.count)",
            heading: step.heading, intro: step.intro, errors: errors,
            fields: Questions.fields(step, answers: answers.query, errors: atField, today: context.clock.today()),
            action: .planStep(step), hidden: hidden, back: back,
            showPrivacyNote: step == .aboutYou || step == .skinAndHealth)
    }

    static func checkPage(_ context: WebContext, answers: PlanAnswers) -> CheckAnswersVM {
        CheckAnswersVM(
            chrome: Present.chrome(context.knowledgeBase.meta, title: "Check your answers – Your plan", active: .plan),
            groups: answerGroups(answers, today: context.clock.today()),
            planHref: planHref(answers),
            back: LinkVM(name: "Back", href: stepHref(PlanStep.allCases.last!, answers)))
    }

    // MARK: Answers in words

    static func answerGroups(_ answers: PlanAnswers, today: CalendarDay) -> [AnswerGroupVM] {
        PlanStep.allCases.map { step in
            AnswerGroupVM(title: step.heading, rows: rows(step, answers, today: today))
        }
    }

    /// Each answer as the person would say it, with a link back to its question.
    static func rows(_ step: PlanStep, _ answers: PlanAnswers, today: CalendarDay) -> [AnswerRowVM] {
        let query = answers.query
        func row(_ label: String, _ value: String, _ field: String) -> AnswerRowVM {
            AnswerRowVM(label: label, value: value, changeHref: stepHref(step, answers, change: true, field: field))
        }
        func labels(_ field: String) -> String? {
            let chosen = query.values(field).flatMap { $0.split(separator: ",") }
            let options = Questions.options(field).filter { option in chosen.contains { $0 == option.value } }
                .map(\.label)
            return options.isEmpty ? nil : options.joined(separator: "; ")
        }
        func days(_ field: String, none: String) -> String {
            guard let text = query.first(field) else { return none }
            return switch Int(text) {
            case 0: "None: I can’t take time off"
            case 1: "Up to 1 day"
            default: "Up to \(text) days"
            }
        }
        switch step {
        case .aboutYou:
            return [
                row("Age", query.first("age").map { "\($0) years" } ?? "Not given", "age"),
                row("Sex", labels("sex") ?? "Not given", "sex"),
            ]
        case .yourCellulite:
            let severity = query.first("severityScale").flatMap { scale in
                query.first("severityScore").map { "\($0) on the \(Questions.scaleName(scale))" }
            }
            return [
                row("Areas", labels("areas") ?? "Not given (we assume thighs and buttocks)", "areas"),
                row("What bothers you most", labels("concern") ?? "Not sure", "concern"),
                row("Severity score", severity ?? "None", "severityScale"),
            ]
        case .eventAndLimits:
            return [
                row("Your event", eventText(query, today: today), "eventDate"),
                row("Budget", query.first("budgetUSD").map { "$\($0)" } ?? "No limit", "budgetUSD"),
                row("Clinic treatments", labels("setting") ?? "Yes, show clinic treatments too", "setting"),
                row("Time off to recover", days("maxDowntimeDays", none: "No limit"), "maxDowntimeDays"),
            ]
        case .skinAndHealth:
            return [
                row("Skin type", labels("fitzpatrick") ?? "Not sure", "fitzpatrick"),
                row("Health", labels("conditions") ?? "None of these", "conditions"),
                row("Allergies", labels("allergies") ?? "None of these", "allergies"),
            ]
        }
    }

    /// "Saturday 14 March 2027 (in 4 days)"; an old link's days as "In 3 days".
    static func eventText(_ query: QueryParameters, today: CalendarDay) -> String {
        if let text = query.first("eventDate") {
            guard let day = EventDate.parse(text) else { return text }
            return "\(EventDate.longText(day)) (\(EventDate.whenText(days: max(today.days(until: day), 0))))"
        }
        if let days = query.first("daysUntilEvent").flatMap(Int.init) {
            return EventDate.whenText(days: days).capitalizedFirst
        }
        return "No event"
    }
}
