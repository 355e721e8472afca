/// What the engine has decided about one treatment for one person, with every reason kept.
struct TreatmentAssessment {
    let treatment: Treatment
    let profile: Profile
    let notes: PlanNotes
    private(set) var exclusions: [ExcludedReason] = []
    private(set) var reasons: [String] = []
    private(set) var cautions: [String] = []
    private(set) var needsClinicianReview = false
    private(set) var extraCitations: [String] = []

    init(treatment: Treatment, profile: Profile, notes: PlanNotes) {
        self.treatment = treatment
        self.profile = profile
        self.notes = notes
    }

    private mutating func exclude(_ kind: ExclusionKind, _ text: String) {
        exclusions.append(ExcludedReason(kind: kind, text: text))
    }

    /// Applies the safety rules that fired for this person (R1–R17).
    mutating func apply(_ rules: [SafetyRule]) {
        for rule in rules {
            for effect in rule.effects where effect.applies(to: treatment) {
                // People read the reason in words; the rule's id stays in the data.
                let text = effect.message
                switch effect.action {
                case .exclude: exclude(effect.kind ?? .contraindication, text)
                case .clinicianReview:
                    needsClinicianReview = true
                    cautions.append("Clinician review needed: \(text)")
                case .caution: cautions.append(text)
                }
                extraCitations += rule.citations
            }
        }
    }

    /// Availability, evidence, setting, downtime, budget, timeline, severity and area.
    mutating func applyPreferences() {
        if treatment.availability.status == .discontinued {
            exclude(.availability, "No longer available: \(treatment.availability.note.text)")
        }
        if let reason = treatment.notRecommendedBecause {
            exclude(.evidence, reason.text)
        } else if !treatment.treatsCellulite {
            exclude(.evidence, "Not a cellulite treatment: \(treatment.evidence.basis)")
        }
        if let gate = treatment.onlyForConcerns {
            if let concern = profile.concern, gate.concerns.contains(concern) {
                reasons.append(
                    "Fits your main concern (\(concern.rawValue)): it \(ConcernMatch.phrase(treatment, for: concern)).")
            } else {
                exclude(.evidence, gate.otherwise.text)
            }
        }
        switch treatment.setting {
        case .inOffice: applyInOffice()
        case .home: applyHome()
        }
        applyDowntime()
        applyBudget()
    }

    private mutating func applyInOffice() {
        if profile.setting == .home {
            exclude(.preference, "You asked for things you can do at home, and this is done in a clinic.")
        }
        let match = ConcernMatch.score(treatment, for: profile.concern)
        if let concern = profile.concern, match > 0 {
            reasons.append(
                "Fits your main concern (\(concern.rawValue)): it \(ConcernMatch.phrase(treatment, for: concern)).")
        }
        let wellSupported = treatment.evidence.sort <= .b
        if !wellSupported && match < ConcernMatch.strong {
            let concernText = profile.concern.map { " and it does not target your main concern (\($0.rawValue))" } ?? ""
            exclude(
                .evidence,
                "The evidence is weak (\(treatment.evidence.label.lowercased()), SORT \(treatment.evidence.sort.rawValue))\(concernText)."
            )
        }
        reasons.append(
            "Evidence: \(treatment.evidence.label) (SORT \(treatment.evidence.sort.rawValue)). \(treatment.evidence.basis)"
        )
        if let days = profile.daysUntilEvent {
            let downtime = treatment.downtime.maxDays ?? treatment.downtime.minDays
            if downtime > 0 || treatment.timeToResults.minDays > days {
                let recovery = downtime > 0 ? " and recovery can take \(Self.range(treatment.downtime))" : ""
                cautions.append(
                    "Not for your event \(Self.when(days)): results take \(Self.range(treatment.timeToResults))\(recovery). Plan it for afterwards."
                )
            }
        }
        if let severity = profile.severity, let moderateOrWorse = severity.isModerateOrWorse {
            if moderateOrWorse {
                reasons.append(
                    "Your \(severity.scale.rawValue) score (\(severity.score)) is moderate or worse, the range the treatment trials enrolled."
                )
            } else {
                cautions.append("Your \(severity.scale.rawValue) score (\(severity.score)): \(notes.mildSeverity.text)")
                extraCitations += notes.mildSeverity.citations
            }
        }
        let studiedAreas: Set<Profile.Area> = [.thighs, .buttocks]
        if !profile.areas.isEmpty, studiedAreas.isDisjoint(with: profile.areas) {
            cautions.append(notes.unstudiedAreas.text)
            extraCitations += notes.unstudiedAreas.citations
        }
    }

    private mutating func applyHome() {
        if treatment.isQuickFix {
            if let days = profile.daysUntilEvent {
                reasons.append(
                    "Works in time for your event \(Self.when(days)): \(treatment.timeToResultsNote.text)")
            }
            reasons.append("It hides cellulite for a while; it does not change the skin underneath.")
        } else {
            reasons.append("A low-cost daily step at home. \(treatment.timeToResultsNote.text)")
        }
        reasons.append(
            "Evidence: \(treatment.evidence.label) (SORT \(treatment.evidence.sort.rawValue)). \(treatment.evidence.basis)"
        )
    }

    private mutating func applyDowntime() {
        guard let limit = profile.maxDowntimeDays else { return }
        if treatment.downtime.minDays > limit {
            exclude(
                .downtime,
                "Needs at least \(Self.days(treatment.downtime.minDays)) of downtime; \(Self.limitText(limit))."
            )
        } else if let most = treatment.downtime.maxDays, most > limit {
            cautions.append("Downtime can last up to \(Self.days(most)); \(Self.limitText(limit)).")
        }
    }

    private mutating func applyBudget() {
        guard let budget = profile.budgetUSD else { return }
        let cost = treatment.cost
        guard let minimum = cost.minUSD else {
            // A home product without a sourced price is still a drugstore purchase, not a clinic bill:
            // say so rather than drop the article's quick fixes from every budgeted plan.
            if treatment.setting == .home {
                cautions.append(notes.unpricedHomeOption.text)
                extraCitations += notes.unpricedHomeOption.citations
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
            cautions.append("Can cost up to $\(maximum) (\(cost.unit)), above your budget of $\(budget).")
        } else {
            reasons.append("Fits your budget of $\(budget).")
        }
    }

    func recommendation(products: [String]) -> Recommendation {
        let section: PlanSection =
            switch treatment.setting {
            case .inOffice: .inOffice
            case .home:
                treatment.isQuickFix && profile.daysUntilEvent != nil ? .beforeEvent : .daily
            }
        return Recommendation(
            treatment: treatment.id,
            name: treatment.name,
            section: section,
            rank: 0,
            reasons: unique(reasons),
            cautions: unique(treatment.alwaysCautions.map(\.text) + cautions),
            needsClinicianReview: needsClinicianReview,
            evidence: PlanEvidence(
                sort: treatment.evidence.sort, grade: treatment.evidence.grade, ocebm: treatment.evidence.ocebm,
                label: treatment.evidence.label),
            costUSD: PlanCost(
                min: treatment.cost.minUSD, max: treatment.cost.maxUSD, unit: treatment.cost.unit,
                confidence: treatment.cost.confidence),
            timeToResults: Self.range(treatment.timeToResults, zero: "right away"),
            downtimeDays: treatment.downtime,
            products: products,
            citations: unique(treatment.citations + extraCitations)
        )
    }

    func exclusion() -> Exclusion {
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
