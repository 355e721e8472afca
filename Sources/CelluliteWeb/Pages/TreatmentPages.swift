import CelluliteKit
import CelluliteViews

enum TreatmentPages {
    /// Minimum evidence filter values, weakest first.
    static let evidenceLevels: [(value: String, label: String, grades: Set<GRADECertainty>)] = [
        ("any", "Any evidence", Set(GRADECertainty.allCases)),
        ("low", "Limited evidence or better", [.low, .moderate, .high]),
        ("moderate", "Moderate evidence or better", [.moderate, .high]),
        ("high", "Strong evidence only", [.high]),
    ]

    static func list(_ kb: KnowledgeBase, query: QueryParameters) -> TreatmentListVM {
        let setting = query.first("setting").flatMap(TreatmentSetting.init(rawValue:))
        let mechanism = query.first("mechanism").flatMap(Mechanism.init(rawValue:))
        let evidence = evidenceLevels.first { $0.value == query.first("evidence") } ?? evidenceLevels[0]
        let filteringByEvidence = evidence.value != "any"
        let candidates = kb.treatments.filter { treatment in
            (setting == nil || treatment.setting == setting)
                && (mechanism == nil || treatment.mechanisms.contains(mechanism!))
                && evidence.grades.contains(treatment.evidence.grade)
                && !(filteringByEvidence && treatment.evidence.direction == .against)
        }
        // Someone asking for the best evidence wants something they can have: a product no longer
        // made (Qwo) is named below the results instead of heading them.
        let isDiscontinued = { (treatment: Treatment) in treatment.availability.status == .discontinued }
        let matching =
            filteringByEvidence
            ? candidates.filter { !isDiscontinued($0) }
            : candidates.filter { !isDiscontinued($0) } + candidates.filter(isDiscontinued)
        let leftOut = filteringByEvidence ? candidates.filter(isDiscontinued).map(\.name) : []
        let settingChoices =
            [ChoiceVM(value: "", label: "Anywhere", isSelected: setting == nil)]
            + TreatmentSetting.allCases.map {
                ChoiceVM(value: $0.rawValue, label: Present.settingTitle($0), isSelected: $0 == setting)
            }
        let mechanismChoices =
            [ChoiceVM(value: "", label: "Any way", isSelected: mechanism == nil)]
            + Mechanism.allCases.map {
                ChoiceVM(value: $0.rawValue, label: Present.mechanismTitle($0), isSelected: $0 == mechanism)
            }
        let evidenceChoices = evidenceLevels.map {
            ChoiceVM(value: $0.value, label: $0.label, isSelected: $0.value == evidence.value)
        }
        return TreatmentListVM(
            chrome: Present.chrome(
                kb.meta, title: "Treatments", active: .treatments,
                description: "Every cellulite treatment: how it works, evidence, cost, risks and sources."),
            filter: TreatmentFilterVM(
                setting: ChoiceFieldVM(
                    kind: .radio, name: "setting", id: "filter-setting", legend: "Where", choices: settingChoices),
                mechanism: mechanismChoices,
                evidence: ChoiceFieldVM(
                    kind: .radio, name: "evidence", id: "filter-evidence", legend: "How good the evidence is",
                    choices: evidenceChoices),
                isFiltered: setting != nil || mechanism != nil || evidence.value != "any"),
            treatments: matching.map { summary($0, in: kb) },
            total: kb.treatments.count,
            discontinuedNote: leftOut.isEmpty
                ? nil
                : "Not listed: \(leftOut.joined(separator: ", ")), which meets this evidence level but is no longer made or sold."
        )
    }

    static func summary(_ treatment: Treatment, in kb: KnowledgeBase) -> TreatmentSummaryVM {
        TreatmentSummaryVM(
            name: treatment.name, href: .treatment(slug: treatment.id),
            settingText: Present.settingTitle(treatment.setting),
            summary: treatment.summary, mechanisms: treatment.mechanisms.map(Present.mechanismTitle),
            evidence: Present.evidence(treatment.evidence),
            cost: Present.cost(treatment.cost, sourcesOn: .treatment(slug: treatment.id), in: kb),
            availability: treatment.availability.status == .available
                ? nil : Present.availabilityTitle(treatment.availability.status),
            offLabel: treatment.regulatory.offLabelForCellulite, treatsCellulite: treatment.treatsCellulite)
    }

    static func detail(_ kb: KnowledgeBase, slug: String) -> TreatmentDetailVM? {
        guard let t = kb.treatment(slug) else { return nil }
        // The page lists its own sources, so its citations point down the page.
        func fact(_ f: Fact) -> FactVM { Present.fact(f, sourcesOn: nil) }
        let citationIDs = t.citations + t.allFacts.flatMap(\.citations) + t.cost.citations
        let products = kb.products.filter { $0.treatment == t.id }.map { product in
            LinkVM(
                name: [product.brand, product.name].compactMap { $0 }.joined(separator: " "),
                href: SiteURL.products.anchored("product-\(product.id)"),
                note: Present.priceText(min: product.price.minUSD, max: product.price.maxUSD, unit: product.price.unit))
        }
        var model = TreatmentDetailVM(
            chrome: Present.chrome(kb.meta, title: t.name, active: .treatments, description: t.summary),
            name: t.name, aliases: t.aliases.filter { $0 != t.name },
            settingText: Present.settingTitle(t.setting), summary: t.summary,
            mechanisms: t.mechanisms.map(Present.mechanismTitle), treatsCellulite: t.treatsCellulite,
            howItWorks: fact(t.howItWorks), evidence: Present.evidence(t.evidence), evidenceBasis: t.evidence.basis,
            keyNumbers: t.evidence.keyNumbers.map(fact), cost: Present.cost(t.cost, sourcesOn: nil, in: kb),
            sessions: fact(t.sessions), downtimeText: Present.days(t.downtime), downtimeNote: fact(t.downtimeNote),
            timeToResultsText: Present.days(t.timeToResults), timeToResultsNote: fact(t.timeToResultsNote),
            durability: fact(t.durability), sideEffects: t.sideEffects.map(fact),
            alwaysCautions: t.alwaysCautions.map(fact),
            regulatoryStatus: t.regulatory.status, offLabel: t.regulatory.offLabelForCellulite,
            indication: t.regulatory.indication.map(fact), regulatoryNotes: t.regulatory.notes.map(fact),
            availabilityTitle: Present.availabilityTitle(t.availability.status),
            isDiscontinued: t.availability.status == .discontinued,
            isAvailabilityUnclear: t.availability.status == .unknown,
            availabilityNote: fact(t.availability.note), questionForDermatologist: t.questionForDermatologist,
            products: products, citations: Present.citations(citationIDs, in: kb),
            lowConfidenceCount: t.allFacts.filter { $0.confidence.isLow }.count)
        explainTerms(&model)
        return model
    }

    /// Explains each term once, at its first use in the page's reading order.
    private static func explainTerms(_ m: inout TreatmentDetailVM) {
        var glossary = Glossary.FirstUse()
        if m.isDiscontinued { glossary.annotate(&m.availabilityNote) }
        m.regulatoryTerms = glossary.terms(in: m.regulatoryStatus)
        glossary.annotate(&m.howItWorks)
        glossary.annotate(&m.keyNumbers)
        glossary.annotate(&m.sessions)
        glossary.annotate(&m.downtimeNote)
        glossary.annotate(&m.timeToResultsNote)
        glossary.annotate(&m.durability)
        glossary.annotate(&m.sideEffects)
        glossary.annotate(&m.alwaysCautions)
        if var indication = m.indication {
            glossary.annotate(&indication)
            m.indication = indication
        }
        glossary.annotate(&m.regulatoryNotes)
        glossary.annotate(&m.availabilityNote)
    }
}
