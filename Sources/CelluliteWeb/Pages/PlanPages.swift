import CelluliteKit
import CelluliteViews

enum PlanPages {
    /// `/plan/questions`: the printable sheet, or nil when the answers are not valid.
    static func questionSheet(_ context: WebContext, query: QueryParameters) -> QuestionSheetVM? {
        let answers = PlanAnswers(query)
        let today = context.clock.today()
        guard case .success(let profile) = answers.profile(today: today) else { return nil }
        let kb = context.knowledgeBase
        let plan = context.planEngine.plan(for: profile)
        return QuestionSheetVM(
            chrome: Present.chrome(kb.meta, title: "Questions for your dermatologist", active: .plan),
            redFlags: plan.redFlags,
            answers: PlanStep.allCases.flatMap { PlanJourney.rows($0, answers, today: today) },
            inOffice: plan.recommendations(in: .inOffice) { item($0, kb, origin: nil) },
            questions: plan.questionsForYourDermatologist,
            planHref: PlanJourney.planHref(answers))
    }

    // MARK: Plan

    /// `origin` ("https://example.org") makes the printed addresses absolute; nil prints paths.
    /// `today` is the day the profile was read for.
    static func plan(
        _ context: WebContext, profile: Profile, answers: PlanAnswers, today: CalendarDay, origin: String?,
        printView: Bool = false
    ) -> PlanVM {
        let kb = context.knowledgeBase
        let plan = context.planEngine.plan(for: profile)
        let canonical = answers.canonicalQuery
        func change(_ step: PlanStep, _ field: String) -> SiteURL {
            PlanJourney.stepHref(step, answers, change: true, field: field)
        }
        let eventIntro: String =
            switch profile.daysUntilEvent {
            case nil: "Quick things that hide cellulite for a few days, with no time off."
            case 0?: "Things that can help for your event today, with no time off."
            case let days?:
                "Things that can make a difference in time for your event \(EventDate.whenText(days: days)), with no time off."
            }
        let sections: [PlanSectionVM] = [
            PlanSectionVM(
                id: "before-event", title: "Before your event",
                intro: eventIntro
                    + (profile.daysUntilEvent == nil
                        ? "" : " These hide cellulite for a while; they do not change the skin."),
                items: plan.recommendations(in: .beforeEvent) { item($0, kb, origin: origin) },
                emptyText: profile.daysUntilEvent == nil
                    ? "You did not tell us about an event. If you have one coming up, add its date."
                    : "Nothing fits before your event with the answers you gave.",
                emptyLink: profile.daysUntilEvent == nil
                    ? LinkVM(name: "Add an event", href: change(.eventAndLimits, "eventDate")) : nil),
            PlanSectionVM(
                id: "daily", title: "Every day at home",
                intro: "A routine you can keep up yourself. Effects are small and last only while you keep going.",
                items: plan.recommendations(in: .daily) { item($0, kb, origin: origin) },
                emptyText: "Nothing for home use fits the answers you gave.", emptyLink: nil),
            PlanSectionVM(
                id: "in-office", title: "Ask your dermatologist",
                intro:
                    "Procedures done in a clinic. They cost more and have more risks; talk them through with a dermatologist before you decide.",
                items: plan.recommendations(in: .inOffice) { item($0, kb, origin: origin) },
                emptyText: profile.setting == .home
                    ? "You asked for home options only, so no clinic procedures are shown."
                    : "No clinic procedure fits the answers you gave. The reasons are in the list of options left out below.",
                emptyLink: profile.setting == .home
                    ? LinkVM(name: "Show clinic options too", href: change(.eventAndLimits, "setting")) : nil),
        ]
        let planHref = PlanJourney.planHref(answers)
        return PlanVM(
            chrome: Present.chrome(kb.meta, title: printView ? "Your plan (to print)" : "Your plan", active: .plan),
            summary: PlanSummary.paragraph(plan, profile: profile),
            redFlags: plan.redFlags,
            safetySummary: plan.safetySummary,
            safetyLeftOut: safetyLeftOut(plan),
            sections: sections,
            excluded: plan.excluded.map {
                ExcludedVM(name: $0.name, href: .treatment(slug: $0.treatment), reasons: $0.reasons)
            },
            questions: plan.questionsForYourDermatologist,
            questionsHref: plan.questionsForYourDermatologist.isEmpty ? nil : .planQuestions(canonical),
            expectations: plan.expectations,
            answers: PlanStep.allCases.flatMap { PlanJourney.rows($0, answers, today: today) },
            editHref: PlanJourney.checkHref(answers),
            startAgainHref: .planStep(.aboutYou),
            planHref: planHref,
            address: (origin ?? "") + planHref.href,
            printHref: .planPrint(canonical),
            isPrintView: printView)
    }

    /// Options left out by a safety rule, grouped by the reason, in words.
    static func safetyLeftOut(_ plan: Plan) -> [SafetyLeftOutVM] {
        var groups: [SafetyLeftOutVM] = []
        for exclusion in plan.excluded {
            for (reason, kind) in zip(exclusion.reasons, exclusion.reasonKinds) where kind == .contraindication {
                let sentence = reason.hasSuffix(".") ? reason : reason + "."
                if let index = groups.firstIndex(where: { $0.reason == sentence }) {
                    groups[index].names.append(exclusion.name)
                } else {
                    groups.append(SafetyLeftOutVM(names: [exclusion.name], reason: sentence))
                }
            }
        }
        return groups
    }

    static func item(_ recommendation: Recommendation, _ kb: KnowledgeBase, origin: String?) -> PlanItemVM {
        let href = SiteURL.treatment(slug: recommendation.treatment)
        return PlanItemVM(
            rank: recommendation.rank, name: recommendation.name, href: href,
            reasons: recommendation.reasons, cautions: recommendation.cautions,
            needsClinicianReview: recommendation.needsClinicianReview,
            evidence: Present.evidence(recommendation.evidence), cost: Present.cost(recommendation.costUSD),
            timeToResults: recommendation.timeToResults, downtime: Present.days(recommendation.downtimeDays),
            examples: recommendation.products.compactMap { kb.product($0)?.exampleLabel },
            citations: Presentation.refs(recommendation.citations),
            printURL: origin.map { $0 + href.href })
    }
}
