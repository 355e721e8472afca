import Plot

/// Reusable pieces of the views. Each renders a view-model value and nothing else.
enum UI {
    /// "●●○○ Limited evidence", with the grading details for those who want them.
    static func evidenceBadge(_ evidence: EvidenceVM, showDetail: Bool = false) -> BodyNode {
        .group(
            .el(
                "span",
                [
                    .attr("class", "badge evidence evidence-\(evidence.level)"),
                    .attr("title", evidence.detail),
                    H.symbol(evidence.symbol),
                    .safe(" " + evidence.label),
                ]),
            showDetail ? .el("p", .attr("class", "evidence-detail"), .safe(evidence.detail)) : .empty
        )
    }

    /// Source links: "[S21] [S3]".
    static func citationLinks(_ refs: [CitationRef]) -> BodyNode {
        guard !refs.isEmpty else { return .empty }
        return .el(
            "span",
            [.attr("class", "cites")]
                + refs.map { ref in
                    .el(
                        "a", .attr("href", ref.href), .attr("class", "cite"),
                        .attr("aria-label", "Source \(ref.id)"), .safe("[\(ref.id)]"))
                })
    }

    /// A low-confidence warning in words, with a symbol.
    static func confidenceNote(_ note: String?) -> BodyNode {
        guard let note else { return .empty }
        return .el("span", .attr("class", "low-confidence"), H.symbol("?"), .safe(" " + note))
    }

    /// A claim as a paragraph: text, sources, and its confidence in words when it is low.
    static func fact(_ fact: FactVM, tag: String = "p") -> BodyNode {
        .el(
            tag,
            [
                .attr("class", fact.confidenceNote == nil ? "fact" : "fact fact-low"),
                .safe(fact.text + " "),
                citationLinks(fact.citations),
                confidenceNote(fact.confidenceNote),
                termNotes(fact.terms),
            ])
    }

    /// "BMI: body mass index: ...", shown under the claim that first uses the term.
    static func termNotes(_ terms: [TermVM]) -> BodyNode {
        .group(
            terms.map { term in
                .el(
                    "span", .attr("class", "term-note"), .el("strong", .safe(term.term)),
                    .safe(" means " + term.explanation))
            })
    }

    static func factList(_ facts: [FactVM]) -> BodyNode {
        guard !facts.isEmpty else { return .empty }
        return .el("ul", [.attr("class", "facts")] + facts.map { fact($0, tag: "li") })
    }

    static func cost(_ cost: CostVM) -> BodyNode {
        .group(
            .el("span", .attr("class", "cost"), .safe(cost.text)),
            cost.currencyNote.map { .el("span", .attr("class", "currency-note"), .safe(" (\($0))")) } ?? .empty,
            cost.citations.isEmpty ? .empty : .safe(" "),
            citationLinks(cost.citations),
            cost.note.map { .el("span", .attr("class", "cost-note"), .safe(" " + $0)) } ?? .empty,
            confidenceNote(cost.confidenceNote)
        )
    }

    /// A definition list of label → value rows.
    static func facts(_ rows: [(String, BodyNode)]) -> BodyNode {
        .el(
            "dl",
            [.attr("class", "key-facts")]
                + rows.flatMap { row -> [BodyNode] in
                    [.el("dt", .safe(row.0)), .el("dd", row.1)]
                })
    }

    /// A full citation entry for a references list.
    static func citation(_ citation: CitationVM) -> BodyNode {
        let links: [BodyNode] = [
            citation.doiURL.map { url in
                .group(
                    .safe("DOI: "),
                    .el("a", .attr("href", url), .attr("rel", "noopener noreferrer"), .safe(citation.doi ?? url)))
            },
            citation.pubmedURL.map { url in
                .group(
                    .safe("PubMed: "),
                    .el(
                        "a", .attr("href", url), .attr("rel", "noopener noreferrer"),
                        .safe("PMID \(citation.pmid ?? "")")))
            },
            citation.pmcURL.map { url in
                .group(
                    .safe("Full text: "),
                    .el("a", .attr("href", url), .attr("rel", "noopener noreferrer"), .safe(citation.pmcid ?? url)))
            },
        ].compactMap { $0 }
        return .el(
            "li",
            [
                .attr("id", citation.anchor),
                .attr("class", citation.isLowQuality ? "source source-low" : "source"),
                .el("span", .attr("class", "source-id"), .safe("[\(citation.id)] ")),
                .safe(citation.byline + ". "),
                .el("cite", .safe(citation.title)),
                citation.journal.map { .safe(". \($0).") } ?? .safe("."),
                links.isEmpty
                    ? .empty
                    : .el("span", [.attr("class", "source-links")] + links.flatMap { [BodyNode.safe(" "), $0] }),
                .el("br"),
                .el("span", .attr("class", "source-quality"), .safe(citation.qualityText + ".")),
                confidenceNote(citation.unconfirmed),
            ])
    }

    static func citationList(_ citations: [CitationVM]) -> BodyNode {
        .el("ol", [.attr("class", "sources")] + citations.map(citation))
    }

    /// A call-to-action link styled as a button.
    static func buttonLink(_ text: String, to url: SiteURL, secondary: Bool = false) -> BodyNode {
        .el("a", .attr("href", url), .attr("class", secondary ? "button button-secondary" : "button"), .safe(text))
    }

    /// A box that reads as important without colour: a heading with a symbol and the word "Important".
    static func warningBox(id: String, title: String, _ nodes: [BodyNode]) -> BodyNode {
        .el(
            "section",
            [
                .attr("class", "warning-box"), .attr("id", id), .attr("aria-labelledby", "\(id)-heading"),
                .el(
                    "h2", .attr("id", "\(id)-heading"), H.symbol("⚠"),
                    .el("span", .attr("class", "warning-word"), .safe(" Important: ")), .safe(title)),
            ] + nodes)
    }
}
