import Plot

public enum TreatmentListView {
    public static func render(_ model: TreatmentListVM) -> Page {
        Layout.page(
            model.chrome,
            [
                .el("h1", .safe("Treatments for cellulite")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "Every option we know of, from creams to clinic procedures: how it works, how good the evidence is, "
                            + "what it costs and what can go wrong. Open one to see every fact with its source.")),
                filterForm(model.filter),
                .el(
                    "p", .attr("class", "result-count"), .attr("role", "status"),
                    .safe(
                        model.treatments.count == model.total
                            ? "Showing all \(model.total) treatments."
                            : "Showing \(model.treatments.count) of \(model.total) treatments.")),
                model.treatments.isEmpty
                    ? .el(
                        "p", .attr("class", "empty"), .safe("No treatment matches these filters. "),
                        H.link("Show all treatments", to: .treatments))
                    : .el("ul", [.attr("class", "card-list")] + model.treatments.map(card)),
                model.discontinuedNote.map { .el("p", .attr("class", "hint discontinued-note"), .safe($0)) } ?? .empty,
            ])
    }

    private static func filterForm(_ filter: TreatmentFilterVM) -> BodyNode {
        .el(
            "form",
            [
                .attr("class", "filter-panel"), .attr("method", "get"), .attr("action", SiteURL.treatments),
                .attr("aria-labelledby", "filter-heading"),
                .el("h2", .attr("id", "filter-heading"), .attr("class", "filter-heading"), .safe("Filter treatments")),
                .el(
                    "div",
                    [
                        .attr("class", "filter-grid"),
                        FormUI.choiceField(filter.setting),
                        .el(
                            "div",
                            [
                                .attr("class", "form-group"),
                                .el(
                                    "label", .attr("class", "label"), .attr("for", "filter-mechanism"),
                                    .safe("How it works")),
                                .el(
                                    "select",
                                    [
                                        .attr("id", "filter-mechanism"), .attr("name", "mechanism"),
                                        .attr("class", "select"),
                                    ]
                                        + filter.mechanism.map { choice in
                                            .el(
                                                "option", .attr("value", choice.value),
                                                .flag("selected", choice.isSelected), .safe(choice.label))
                                        }),
                            ]),
                        FormUI.choiceField(filter.evidence),
                    ]),
                .el(
                    "div",
                    [
                        .attr("class", "button-row"),
                        FormUI.submit("Show treatments"),
                        filter.isFiltered ? H.link("Clear filters", to: .treatments) : .empty,
                    ]),
            ])
    }

    static func card(_ treatment: TreatmentSummaryVM) -> BodyNode {
        .el(
            "li",
            [
                .attr("class", "card"),
                .el("h2", .attr("class", "card-title"), H.link(treatment.name, to: treatment.href)),
                .el(
                    "p",
                    [
                        .attr("class", "tags"),
                        .el("span", .attr("class", "tag"), .safe(treatment.settingText)),
                        treatment.offLabel
                            ? .el(
                                "span", .attr("class", "tag tag-warning"), H.symbol("!"),
                                .safe(" Off-label for cellulite")) : .empty,
                        treatment.availability.map {
                            .el("span", .attr("class", "tag tag-warning"), H.symbol("⊘"), .safe(" " + $0))
                        } ?? .empty,
                        treatment.treatsCellulite
                            ? .empty
                            : .el(
                                "span", .attr("class", "tag tag-warning"), H.symbol("!"),
                                .safe(" Not a cellulite treatment")),
                    ]),
                .el("p", .safe(treatment.summary)),
                UI.facts([
                    ("Evidence", UI.evidenceBadge(treatment.evidence)),
                    ("How it works", .safe(treatment.mechanisms.phraseList)),
                    (
                        "Cost",
                        .group(
                            .el("span", .attr("class", "cost"), .safe(treatment.cost.text)),
                            treatment.cost.currencyNote.map {
                                .el("span", .attr("class", "currency-note"), .safe(" (\($0))"))
                            } ?? .empty)
                    ),
                ]),
            ])
    }
}

public enum TreatmentDetailView {
    public static func render(_ m: TreatmentDetailVM) -> Page {
        Layout.page(
            m.chrome,
            [
                .el("p", .attr("class", "breadcrumb"), H.link("All treatments", to: .treatments)),
                .el("h1", .safe(m.name)),
                m.aliases.isEmpty
                    ? .empty
                    : .el("p", .attr("class", "aliases"), .safe("Also called: " + m.aliases.joined(separator: ", "))),
                .el("p", .attr("class", "lead"), .safe(m.summary)),
                m.isDiscontinued
                    ? UI.warningBox(
                        id: "discontinued", title: "This treatment is no longer available",
                        [
                            UI.fact(m.availabilityNote),
                            .el(
                                "p",
                                .safe(
                                    "We never recommend it in a plan. This page stays because people still read and ask about it."
                                )),
                        ])
                    : .empty,
                m.treatsCellulite
                    ? .empty
                    : UI.warningBox(
                        id: "not-for-cellulite", title: "This is not a cellulite treatment",
                        [
                            .el(
                                "p",
                                .safe(
                                    "It is listed because people ask about it. What it does and does not do for cellulite is below."
                                ))
                        ]),
                m.lowConfidenceCount > 0
                    ? .el(
                        "p", .attr("class", "low-confidence-summary"), H.symbol("?"),
                        .safe(
                            " \(m.lowConfidenceCount) of the facts on this page \(m.lowConfidenceCount == 1 ? "is" : "are") low confidence. "
                                + "Each one says so in words next to it."))
                    : .empty,
                UI.facts([
                    ("Where", .safe(m.settingText)),
                    ("How it works", .safe(m.mechanisms.phraseList)),
                    ("Evidence", UI.evidenceBadge(m.evidence)),
                    ("Cost", UI.cost(m.cost)),
                    ("Time off normal life (downtime)", .safe(m.downtimeText)),
                    ("Time until you see a result", .safe(m.timeToResultsText)),
                    ("Availability", .safe(m.availabilityTitle)),
                    (
                        "Regulatory status in the US",
                        .group(
                            .safe(m.regulatoryStatus),
                            m.offLabel && !m.regulatoryStatus.lowercased().contains("off-label")
                                ? .safe(" (off-label for cellulite)") : .empty,
                            UI.termNotes(m.regulatoryTerms))
                    ),
                ]),
                H.section(id: "how-it-works", heading: "How does it work?", [UI.fact(m.howItWorks)]),
                H.section(
                    id: "evidence", heading: "How good is the evidence?",
                    [
                        .el("p", UI.evidenceBadge(m.evidence)),
                        .el("p", .attr("class", "evidence-detail"), .safe(m.evidence.detail)),
                        .el("p", .safe(m.evidenceBasis)),
                        m.keyNumbers.isEmpty ? .empty : .el("h3", .safe("What the studies found")),
                        UI.factList(m.keyNumbers),
                    ]),
                H.section(
                    id: "cost", heading: "What does it cost, and how many sessions?",
                    [
                        .el("p", UI.cost(m.cost)),
                        UI.fact(m.sessions),
                        .el(
                            "p", .attr("class", "hint"),
                            .safe(
                                "Prices are ranges in US dollars from the sources shown; they vary by place and change over time."
                            )),
                    ]),
                H.section(
                    id: "timing", heading: "How long until it works, and how long does it last?",
                    [
                        .el("h3", .safe("Downtime: \(m.downtimeText)")),
                        UI.fact(m.downtimeNote),
                        .el("h3", .safe("Time to results: \(m.timeToResultsText)")),
                        UI.fact(m.timeToResultsNote),
                        .el("h3", .safe("How long it lasts")),
                        UI.fact(m.durability),
                    ]),
                H.section(
                    id: "risks", heading: "What are the risks and side effects?",
                    [
                        m.sideEffects.isEmpty
                            ? .el("p", .safe("Our sources report no side effects.")) : UI.factList(m.sideEffects),
                        m.alwaysCautions.isEmpty ? .empty : .el("h3", .safe("Always keep in mind")),
                        UI.factList(m.alwaysCautions),
                    ]),
                H.section(
                    id: "regulatory", heading: "Is it approved, and is it available?",
                    [
                        .el("p", .el("strong", .safe("Status in the United States: ")), .safe(m.regulatoryStatus)),
                        .el(
                            "p", .attr("class", "hint"),
                            .safe(
                                "Approval in the US is decided by the US Food and Drug Administration (FDA). Other "
                                    + "countries’ regulators decide for themselves, so the status where you live may differ."
                            )),
                        m.offLabel
                            ? .el(
                                "p", .attr("class", "callout"), H.symbol("!"),
                                .el("strong", .safe(" Off-label for cellulite. ")),
                                .safe(
                                    "It is approved for something else. Using it for cellulite is a doctor's choice outside that approval, "
                                        + "so ask about their experience and the evidence."))
                            : .empty,
                        m.indication.map { indication in
                            .group(
                                .el("h3", .safe("What it is approved for, word for word")),
                                .el("blockquote", UI.fact(indication)))
                        } ?? .empty,
                        UI.factList(m.regulatoryNotes),
                        .el("h3", .safe("Availability: \(m.availabilityTitle)")),
                        UI.fact(m.availabilityNote),
                    ]),
                m.questionForDermatologist.map { question in
                    H.section(id: "ask", heading: "What to ask your dermatologist", [.el("p", .safe(question))])
                } ?? .empty,
                m.products.isEmpty
                    ? .empty
                    : H.section(
                        id: "products", heading: "Products of this kind",
                        [
                            H.ul(
                                m.products.map { product in
                                    .group(
                                        H.link(product.name, to: product.href),
                                        product.note.map { .safe(": \($0)") } ?? .empty)
                                })
                        ]),
                H.section(
                    id: "next-step", heading: "Could this suit you?", class: "next-step",
                    [
                        .el(
                            "p",
                            .safe(
                                "Answer a few questions about your timing, budget, skin and health. Your plan says whether "
                                    + "\(m.name) fits you, and why or why not.")),
                        .el("p", UI.buttonLink(m.nextStep.name, to: m.nextStep.href)),
                    ]),
                H.section(
                    id: "sources", heading: "Sources",
                    [
                        .el("p", .safe("Numbers in square brackets on this page point here.")),
                        UI.citationList(m.citations),
                    ]),
            ])
    }
}
