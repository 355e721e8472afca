/// What the engine has decided about one treatment for one person, with every reason kept.
struct TreatmentAssessment {
    let entry: PlanCatalogueEntry
    private(set) var exclusions: [ExcludedReason] = []
    private(set) var reasons: [String] = []
    private(set) var cautions: [String] = []
    private(set) var needsClinicianReview = false
    private(set) var extraCitations: [String] = []

    init(_ entry: PlanCatalogueEntry) {
        self.entry = entry
    }

    private var treatment: Treatment { entry.treatment }

    private mutating func exclude(_ kind: ExclusionKind, _ text: String) {
        exclusions.append(ExcludedReason(kind: kind, text: text))
    }

    // An excluded treatment shows its exclusions alone, so once one is found its reasons,
    // cautions and citations are not written at all.

    private mutating func reason(_ text: @autoclosure () -> String) {
        if exclusions.isEmpty { reasons.append(text()) }
    }

    private mutating func caution(_ text: @autoclosure () -> String) {
        if exclusions.isEmpty { cautions.append(text()) }
    }

    private mutating func cite(_ citations: [String]) {
        if exclusions.isEmpty { extraCitations += citations }
    }

    /// Applies the safety rules that fired for this person (R1–R17): each rule's effects on this
    /// treatment, in rule order.
    mutating func apply(_ rules: [PlanSafetyRule]) {
        for rule in rules {
            for effect in rule.effects(on: entry.catalogueIndex) {
                // People read the reason in words; the rule's id stays in the data.
                let text = effect.message
                switch effect.action {
                case .exclude: exclude(effect.kind ?? .contraindication, text)
                case .clinicianReview:
                    needsClinicianReview = true
                    caution("Clinician review needed: \(text)")
                case .caution: caution(text)
                }
                cite(rule.rule.citations)
            }
        }
    }

    /// Availability, evidence, setting, downtime, budget, timeline, severity and area.
    mutating func applyPreferences(for profile: Profile, notes: PlanNotes) {
        let entry = self.entry
        if let reason = entry.unavailableReason { exclude(.availability, reason) }
        if let reason = entry.evidenceExclusion { exclude(.evidence, reason) }
        if let gate = treatment.onlyForConcerns {
            if let concern = profile.concern, gate.concerns.contains(concern) {
                reason(entry.fitReason(concern))
            } else {
                exclude(.evidence, gate.otherwise.text)
            }
        }
        switch treatment.setting {
        case .inOffice: applyInOffice(for: profile, notes: notes)
        case .home: applyHome(for: profile)
        }
        applyDowntime(for: profile)
        applyBudget(for: profile, notes: notes)
    }

    private mutating func applyInOffice(for profile: Profile, notes: PlanNotes) {
        let entry = self.entry
        if profile.setting == .home {
            exclude(.preference, "You asked for things you can do at home, and this is done in a clinic.")
        }
        let match = entry.match(profile.concern)
        if let concern = profile.concern, match > 0 {
            reason(entry.fitReason(concern))
        }
        if !entry.isWellSupported && match < ConcernMatch.strong {
            exclude(.evidence, entry.weakEvidenceReason(profile.concern))
        }
        reason(entry.evidenceReason)
        if let days = profile.daysUntilEvent, entry.isTooSlow(forEventIn: days) {
            caution("Not for your event " + Self.when(days) + entry.eventCautionTail)
        }
        if let severity = profile.severity, let moderateOrWorse = severity.isModerateOrWorse {
            if moderateOrWorse {
                reason(
                    "Your \(severity.scale.rawValue) score (\(severity.score)) is moderate or worse, the range the treatment trials enrolled."
                )
            } else {
                caution("Your \(severity.scale.rawValue) score (\(severity.score)): \(notes.mildSeverity.text)")
                cite(notes.mildSeverity.citations)
            }
        }
        if !profile.areas.isEmpty, !profile.areas.contains(where: Self.studiedAreas.contains) {
            caution(notes.unstudiedAreas.text)
            cite(notes.unstudiedAreas.citations)
        }
    }

    /// The areas the treatment trials enrolled.
    private static let studiedAreas: Set<Profile.Area> = [.thighs, .buttocks]

    private mutating func applyHome(for profile: Profile) {
        let entry = self.entry
        if entry.isQuickFix {
            if let days = profile.daysUntilEvent {
                reason("Works in time for your event " + Self.when(days) + entry.quickFixTail)
            }
            reason("It hides cellulite for a while; it does not change the skin underneath.")
        } else {
            reason(entry.dailyStepReason)
        }
        reason(entry.evidenceReason)
    }

    private mutating func applyDowntime(for profile: Profile) {
        guard let limit = profile.maxDowntimeDays else { return }
        if treatment.downtime.minDays > limit {
            exclude(
                .downtime,
                "Needs at least \(Self.days(treatment.downtime.minDays)) of downtime; \(Self.limitText(limit))."
            )
        } else if let most = treatment.downtime.maxDays, most > limit {
            caution("Downtime can last up to \(Self.days(most)); \(Self.limitText(limit)).")
        }
    }

    private mutating func applyBudget(for profile: Profile, notes: PlanNotes) {
        guard let budget = profile.budgetUSD else { return }
        let cost = treatment.cost
        guard let minimum = cost.minUSD else {
            // A home product without a sourced price is still a drugstore purchase, not a clinic bill:
            // say so rather than drop the article's quick fixes from every budgeted plan.
            if treatment.setting == .home {
                caution(notes.unpricedHomeOption.text)
                cite(notes.unpricedHomeOption.citations)
                return
            }
            exclude(
                .budget,
                "No reliable price is published, so we can't check it against your budget of $\(budget). Ask for a written quote."
            )
            return
        }
        if minimum > budget {
            exclude(.budget, "Costs from $\(minimum) (\(cost.unit)); your budget is $\(budget).")
        } else if let maximum = cost.maxUSD, maximum > budget {
            caution("Can cost up to $\(maximum) (\(cost.unit)), above your budget of $\(budget).")
        } else {
            reason("Fits your budget of $\(budget).")
        }
    }

    func recommendation(products: [String], hasEvent: Bool) -> Recommendation {
        let section: PlanSection =
            switch treatment.setting {
            case .inOffice: .inOffice
            case .home: entry.isQuickFix && hasEvent ? .beforeEvent : .daily
            }
        return Recommendation(
            treatment: treatment.id,
            name: treatment.name,
            section: section,
            rank: 0,
            reasons: unique(reasons),
            cautions: unique(entry.alwaysCautions + cautions),
            needsClinicianReview: needsClinicianReview,
            evidence: PlanEvidence(
                sort: treatment.evidence.sort, grade: treatment.evidence.grade, ocebm: treatment.evidence.ocebm,
                label: treatment.evidence.label),
            costUSD: PlanCost(
                min: treatment.cost.minUSD, max: treatment.cost.maxUSD, unit: treatment.cost.unit,
                confidence: treatment.cost.confidence),
            timeToResults: entry.timeToResultsText,
            downtimeDays: treatment.downtime,
            products: products,
            citations: extraCitations.isEmpty ? entry.citations : unique(entry.citations + extraCitations)
        )
    }

    func exclusion() -> Exclusion {
        if exclusions.count == 1 {
            return Exclusion(
                treatment: treatment.id, name: treatment.name, reasons: [exclusions[0].text],
                reasonKinds: [exclusions[0].kind])
        }
        var distinct: [ExcludedReason] = []
        for reason in exclusions where !distinct.contains(where: { $0.text == reason.text }) {
            distinct.append(reason)
        }
        return Exclusion(
            treatment: treatment.id, name: treatment.name, reasons: distinct.map(\.text),
            reasonKinds: distinct.map(\.kind))
    }

    /// "today", "tomorrow", "in 3 days": never "in 0 days".
    static func when(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        default: "in \(days) days"
        }
    }

    /// What the person said about time off: never "up to 0 days".
    static func limitText(_ limit: Int) -> String {
        limit == 0 ? "you said you can take no time off" : "you said up to \(days(limit))"
    }

    static func days(_ count: Int) -> String {
        switch count {
        case 0: "0 days"
        case 1: "1 day"
        default: "\(count) days"
        }
    }

    /// "up to 1 day", "3–6 weeks", "about 12 weeks"; `zero` names an empty range.
    static func range(_ range: DayRange, zero: String = "none") -> String {
        func amount(_ days: Int) -> (value: Int, unit: String) {
            if days >= 90 || (days >= 60 && days % 30 == 0) { return ((days + 15) / 30, "month") }
            if days >= 14 && days % 7 == 0 { return (days / 7, "week") }
            return (days, "day")
        }
        func phrase(_ value: Int, _ unit: String) -> String { value == 1 ? "1 \(unit)" : "\(value) \(unit)s" }
        let low = amount(range.minDays)
        guard let max = range.maxDays else { return phrase(low.value, low.unit) + " or more" }
        if max == 0 { return zero }
        if max == range.minDays { return "about " + phrase(low.value, low.unit) }
        let high = amount(max)
        if range.minDays == 0 { return "up to " + phrase(high.value, high.unit) }
        if low.unit == high.unit { return "\(low.value)–\(high.value) \(high.unit)s" }
        return phrase(low.value, low.unit) + " to " + phrase(high.value, high.unit)
    }
}
