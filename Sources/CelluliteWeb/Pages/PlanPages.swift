import CelluliteKit

// MARK: - View-models

struct QuestionGroupVM: Sendable {
    var id: String
    var title: String
    var intro: String?
    var fields: [QuestionFieldVM]
}

enum QuestionFieldVM: Sendable {
    case text(TextFieldVM)
    case choice(ChoiceFieldVM)
}

struct QuestionnaireVM: Sendable {
    var chrome: PageChrome
    var errors: [FormErrorVM]
    var groups: [QuestionGroupVM]
    /// True when the person came back to change answers.
    var isEditing: Bool
}

struct PlanItemVM: Sendable, Hashable {
    var rank: Int
    var name: String
    var href: String
    var reasons: [String]
    var cautions: [String]
    var needsClinicianReview: Bool
    var evidence: EvidenceVM
    var cost: CostVM
    var timeToResults: String
    var downtime: String
    /// Example products of this kind, e.g. "Paula's Choice Retinol Skin-Smoothing Body Treatment ($28)".
    var examples: [String]
    var citations: [CitationRef]
}

struct PlanSectionVM: Sendable, Hashable {
    var id: String
    var title: String
    var intro: String
    var items: [PlanItemVM]
    var emptyText: String
    var emptyLink: TreatmentLinkVM?
}

struct ExcludedVM: Sendable, Hashable {
    var name: String
    var href: String
    var reasons: [String]
}

struct AnswerRowVM: Sendable, Hashable {
    var label: String
    var value: String
    var changeHref: String
}

struct PlanVM: Sendable {
    var chrome: PageChrome
    var redFlags: [String]
    /// What was left out or needs care for safety, in words; shown right after the red flags.
    var safetySummary: [String]
    var sections: [PlanSectionVM]
    var excluded: [ExcludedVM]
    var questions: [String]
    var questionsHref: String
    var expectations: String
    var answers: [AnswerRowVM]
    var editHref: String
    var planHref: String
}

struct QuestionSheetVM: Sendable {
    var chrome: PageChrome
    var redFlags: [String]
    var answers: [AnswerRowVM]
    var inOffice: [PlanItemVM]
    var questions: [String]
    var planHref: String
}

// MARK: - Controller logic

enum PlanPages {
    /// The form field names: the profile fields of ARCHITECTURE 3.2, with severity split in two.
    static let fieldNames: [String] = [
        "age", "sex", "areas", "concern", "severityScale", "severityScore", "daysUntilEvent", "budgetUSD",
        "setting", "maxDowntimeDays", "fitzpatrick", "conditions", "allergies",
    ]
    static let fieldSet = Set(fieldNames)

    enum Outcome {
        case questionnaire(QuestionnaireVM, hasErrors: Bool)
        case plan(PlanVM)
        /// The same plan at its canonical address (blank answers and unknown parameters dropped).
        case redirect(String)
    }

    /// `/plan`: the questionnaire when no answer is given, the plan when the answers are valid,
    /// the questionnaire with an error summary (and every answer kept) when they are not.
    static func handle(_ context: WebContext, query: QueryParameters) -> Outcome {
        let kb = context.knowledgeBase
        guard !query.names.isDisjoint(with: fieldSet) else {
            return .questionnaire(questionnaire(kb, query: query, errors: [], editing: false), hasErrors: false)
        }
        switch decode(query) {
        case .failure(let error):
            let errors = formErrors(error, query: query)
            return .questionnaire(questionnaire(kb, query: query, errors: errors, editing: false), hasErrors: true)
        case .success(let profile):
            let canonical = query.encoded(keeping: fieldSet)
            if canonical != query.encoded() || query.pairs.contains(where: { $0.value.isEmpty }) {
                return .redirect("/plan?\(canonical)")
            }
            return .plan(plan(context, profile: profile, query: query))
        }
    }

    static func decode(_ query: QueryParameters) -> Result<Profile, ProfileError> {
        do throws(ProfileError) {
            return .success(try ProfileDecoder.decode(form: query.form(keeping: fieldSet)))
        } catch {
            return .failure(error)
        }
    }

    /// `/plan/questions`: the printable sheet, or nil when the answers are not valid.
    static func questionSheet(_ context: WebContext, query: QueryParameters) -> QuestionSheetVM? {
        guard case .success(let profile) = decode(query) else { return nil }
        let kb = context.knowledgeBase
        let plan = context.planEngine.plan(for: profile)
        let canonical = query.encoded(keeping: fieldSet)
        return QuestionSheetVM(
            chrome: Present.chrome(kb.meta, title: "Questions for your dermatologist", active: .plan),
            redFlags: plan.redFlags,
            answers: answerRows(query),
            inOffice: plan.recommendations(in: .inOffice).map { item($0, kb) },
            questions: plan.questionsForYourDermatologist,
            planHref: "/plan?\(canonical)")
    }

    // MARK: Plan

    static func plan(_ context: WebContext, profile: Profile, query: QueryParameters) -> PlanVM {
        let kb = context.knowledgeBase
        let plan = context.planEngine.plan(for: profile)
        let canonical = query.encoded(keeping: fieldSet)
        let editHref = "/plan/edit?\(canonical)"
        let sections: [PlanSectionVM] = [
            PlanSectionVM(
                id: "before-event", title: "Before your event",
                intro: profile.daysUntilEvent.map {
                    "Things that can make a difference within \($0 == 1 ? "1 day" : "\($0) days"), with no time off. These hide cellulite for a while; they do not change the skin."
                } ?? "Quick things that hide cellulite for a few days, with no time off.",
                items: plan.recommendations(in: .beforeEvent).map { item($0, kb) },
                emptyText: profile.daysUntilEvent == nil
                    ? "You did not tell us about an event. If you have one coming up, add the number of days until it."
                    : "Nothing fits before your event with the answers you gave.",
                emptyLink: profile.daysUntilEvent == nil
                    ? TreatmentLinkVM(name: "Add an event", href: "\(editHref)#field-daysUntilEvent") : nil),
            PlanSectionVM(
                id: "daily", title: "Every day at home",
                intro: "A routine you can keep up yourself. Effects are small and last only while you keep going.",
                items: plan.recommendations(in: .daily).map { item($0, kb) },
                emptyText: "Nothing for home use fits the answers you gave.", emptyLink: nil),
            PlanSectionVM(
                id: "in-office", title: "Ask your dermatologist",
                intro:
                    "Procedures done in a clinic. They cost more and have more risks; talk them through with a dermatologist before you decide.",
                items: plan.recommendations(in: .inOffice).map { item($0, kb) },
                emptyText: profile.setting == .home
                    ? "You asked for home options only, so no clinic procedures are shown."
                    : "No clinic procedure fits the answers you gave. The reasons are in the list of options left out below.",
                emptyLink: profile.setting == .home
                    ? TreatmentLinkVM(name: "Show clinic options too", href: "\(editHref)#field-setting") : nil),
        ]
        return PlanVM(
            chrome: Present.chrome(kb.meta, title: "Your plan", active: .plan),
            redFlags: plan.redFlags,
            safetySummary: plan.safetySummary,
            sections: sections,
            excluded: plan.excluded.map {
                ExcludedVM(name: $0.name, href: "/treatments/\($0.treatment)", reasons: $0.reasons)
            },
            questions: plan.questionsForYourDermatologist,
            questionsHref: "/plan/questions?\(canonical)",
            expectations: plan.expectations,
            answers: answerRows(query),
            editHref: editHref,
            planHref: "/plan?\(canonical)")
    }

    static func item(_ recommendation: Recommendation, _ kb: KnowledgeBase) -> PlanItemVM {
        let examples = recommendation.products.compactMap(kb.product)
        return PlanItemVM(
            rank: recommendation.rank, name: recommendation.name, href: "/treatments/\(recommendation.treatment)",
            reasons: recommendation.reasons, cautions: recommendation.cautions,
            needsClinicianReview: recommendation.needsClinicianReview,
            evidence: Present.evidence(recommendation.evidence), cost: Present.cost(recommendation.costUSD),
            timeToResults: recommendation.timeToResults, downtime: Present.days(recommendation.downtimeDays),
            examples: examples.map(\.exampleLabel),
            citations: Presentation.refs(recommendation.citations))
    }

    // MARK: Answers

    static func answerRows(_ query: QueryParameters) -> [AnswerRowVM] {
        let edit = "/plan/edit?\(query.encoded(keeping: fieldSet))"
        func row(_ label: String, _ value: String, _ field: String) -> AnswerRowVM {
            AnswerRowVM(label: label, value: value, changeHref: "\(edit)#field-\(field)")
        }
        func labels(_ field: String) -> String? {
            let chosen = Set(query.values(field).flatMap { $0.split(separator: ",").map(String.init) })
            let options = Questions.options(field).filter { chosen.contains($0.value) }.map(\.label)
            return options.isEmpty ? nil : options.joined(separator: "; ")
        }
        var rows: [AnswerRowVM] = []
        rows.append(row("Age", query.first("age") ?? "–", "age"))
        rows.append(row("Sex", labels("sex") ?? "Female", "sex"))
        rows.append(row("Areas", labels("areas") ?? "Not given (we assume thighs and buttocks)", "areas"))
        rows.append(row("What bothers you most", labels("concern") ?? "Not sure", "concern"))
        let severity = query.first("severityScale").flatMap { scale in
            query.first("severityScore").map { "\($0) on the \(Questions.scaleName(scale))" }
        }
        rows.append(row("Severity score", severity ?? "None", "severityScale"))
        rows.append(row("Days until your event", query.first("daysUntilEvent") ?? "No event", "daysUntilEvent"))
        rows.append(row("Budget", query.first("budgetUSD").map { "$\($0)" } ?? "No limit", "budgetUSD"))
        rows.append(row("Clinic treatments", labels("setting") ?? "Yes, show clinic options too", "setting"))
        rows.append(
            row(
                "Time off to recover", query.first("maxDowntimeDays").map { "Up to \($0) days" } ?? "No limit",
                "maxDowntimeDays"))
        rows.append(row("Skin type", labels("fitzpatrick") ?? "Not sure", "fitzpatrick"))
        rows.append(row("Health", labels("conditions") ?? "None of these", "conditions"))
        rows.append(row("Allergies", labels("allergies") ?? "None of these", "allergies"))
        return rows
    }

    // MARK: Errors

    /// One message per form field, in words that say how to fix it; the summary follows form order.
    static func formErrors(_ error: ProfileError, query: QueryParameters) -> [FormErrorVM] {
        var byField: [String: String] = [:]
        for fieldError in error.fieldErrors {
            let field = formField(for: fieldError.field)
            if byField[field] == nil {
                byField[field] = Questions.fixMessage(field: field, query: query, decoderMessage: fieldError.message)
            }
        }
        if case .malformed(let reason) = error {
            byField["age"] = byField["age"] ?? "Check your answers: \(reason)"
        }
        return fieldNames.compactMap { name in
            byField[name].map { FormErrorVM(fieldID: "field-\(name)", message: $0) }
        }
    }

    static func formField(for decoderField: String) -> String {
        switch decoderField {
        case "severity.scale": "severityScale"
        case "severity", "severity.score": "severityScore"
        default: fieldSet.contains(decoderField) ? decoderField : "age"
        }
    }

    // MARK: Questionnaire

    static func questionnaire(_ kb: KnowledgeBase, query: QueryParameters, errors: [FormErrorVM], editing: Bool)
        -> QuestionnaireVM
    {
        let errorFor = Dictionary(errors.map { ($0.fieldID, $0.message) }, uniquingKeysWith: { first, _ in first })
        return QuestionnaireVM(
            chrome: Present.chrome(
                kb.meta, title: errors.isEmpty ? "Your plan: a few questions" : "Error: Your plan: a few questions",
                active: .plan),
            errors: errors,
            groups: Questions.groups(query: query, errors: errorFor),
            isEditing: editing)
    }
}
