import Plot

public enum PlanView {
    public static func render(_ model: PlanVM) -> Page {
        let screen = !model.isPrintView
        return Layout.page(
            model.chrome, bodyClass: screen ? "plan-page" : "plan-page print-view",
            [
                screen ? .empty : printViewHeader(model),
                .el("h1", .safe("Your plan")),
                .el("p", .attr("class", "lead plan-summary"), .safe(model.summary)),
                .el(
                    "p", .attr("class", screen ? "plan-address print-only" : "plan-address"),
                    .safe("This plan’s address: "), .el("span", .attr("class", "address"), .safe(model.address))),
                redFlags(model.redFlags),
                safetySummary(model.safetySummary, leftOut: model.safetyLeftOut),
                screen
                    ? .el(
                        "div", .attr("class", "button-row no-print"),
                        UI.buttonLink("Print this plan", to: model.printHref, secondary: true),
                        H.link("Change your answers", to: model.editHref))
                    : .empty,
                screen ? model.save.map(saveForm) ?? .empty : .empty,
                screen ? onThisPage(model) : .empty,
                sections(model.sections),
                H.section(
                    id: "expectations", heading: "What can you honestly expect?", class: "expectations",
                    [
                        .el("p", .safe(model.expectations))
                    ]),
                H.section(
                    id: "questions", heading: "Questions for your dermatologist", class: "questions",
                    [
                        model.questions.isEmpty
                            ? .el("p", .safe("No questions: your plan has no clinic treatments."))
                            : .el(
                                "ol", [.attr("class", "question-list")] + model.questions.map { .el("li", .safe($0)) }),
                        model.questionsHref.map { href in
                            .el(
                                "p", .attr("class", "no-print"),
                                UI.buttonLink("Open a printable sheet of these questions", to: href, secondary: true))
                        } ?? .empty,
                    ]),
                excluded(model.excluded, folded: screen),
                H.section(
                    id: "answers", heading: "Your answers", class: "answers",
                    [
                        screen
                            ? .el(
                                "p", .attr("class", "no-print"),
                                .safe("Change any answer and the plan updates. Nothing else you entered is lost."))
                            : .empty,
                        answerTable(model.answers, changeLinks: screen),
                        screen
                            ? .el(
                                "p", .attr("class", "no-print button-row"),
                                UI.buttonLink("Change your answers", to: model.editHref, secondary: true),
                                H.link("Start again", to: model.startAgainHref))
                            : .empty,
                        screen ? addressHint(model) : .empty,
                    ]),
            ])
    }

    private static func printViewHeader(_ model: PlanVM) -> BodyNode {
        .group(
            .el("p", .attr("class", "breadcrumb no-print"), H.link("Back to your plan", to: model.planHref)),
            .el(
                "p", .attr("class", "no-print hint"),
                .safe(
                    "This is your plan laid out for paper. To print it, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac)."
                )))
    }

    private static func onThisPage(_ model: PlanVM) -> BodyNode {
        var html = HTMLWriter(reservingCapacity: 1_024)
        html.startTag("nav")
        html.attribute("class", "on-this-page")
        html.attribute("aria-label", "On this page")
        html.endOfStartTag()
        html.open("ul")
        let fixed = [
            ("Options left out", "excluded"), ("Questions for your dermatologist", "questions"),
            ("What to expect", "expectations"), ("Your answers", "answers"),
        ]
        for (title, id) in model.sections.map({ ($0.title, $0.id) }) + fixed {
            html.open("li")
            html.link(title, to: .onThisPage(id: id))
            html.close("li")
        }
        html.close("ul")
        html.close("nav")
        return html.markup
    }

    /// Where the answers are kept, said where the link to them is offered.
    private static func addressHint(_ model: PlanVM) -> BodyNode {
        .el(
            "p", .attr("class", "hint"),
            .safe(
                "This page’s address holds all your answers, health answers too, so you can bookmark it or share it "
                    + "with your clinician: "),
            .el("a", .attr("href", model.planHref), .attr("class", "plan-link"), .safe("link to this plan")),
            .safe(
                ". Your browser’s history keeps the address as well, and this device keeps it for 30 days in a "
                    + "cookie only this site can read, so “Your plan” in the menu brings you back here. "
                    + "We do not store your answers on our server."))
    }

    static func safetySummary(_ lines: [String], leftOut: [SafetyLeftOutVM] = []) -> BodyNode {
        guard !lines.isEmpty || !leftOut.isEmpty else { return .empty }
        return H.section(
            id: "safety-summary", heading: "For your safety", class: "callout safety-summary",
            [
                lines.isEmpty ? .empty : .el("ul", lines.map { .el("li", .safe($0)) }),
                leftOut.isEmpty ? .empty : .el("h3", .attr("class", "mini-heading"), .safe("Left out for your safety")),
                leftOut.isEmpty
                    ? .empty
                    : .el(
                        "ul",
                        [.attr("class", "safety-left-out")]
                            + leftOut.map { group in
                                .el(
                                    "li", .el("strong", .safe(group.names.joined(separator: ", ") + ": ")),
                                    .safe(group.reason))
                            }),
            ])
    }

    static func redFlags(_ flags: [String]) -> BodyNode {
        guard !flags.isEmpty else { return .empty }
        return UI.warningBox(
            id: "red-flags", title: "See a clinician first",
            [
                .el(
                    "p",
                    .safe("Your answers include something a doctor or nurse should check before you try any treatment:")
                ),
                .el("ul", [.attr("class", "red-flag-list")] + flags.map { .el("li", .safe($0)) }),
            ])
    }

    /// The sections and their items, most of the page, written in one go (`HTMLWriter`).
    private static func sections(_ sections: [PlanSectionVM]) -> BodyNode {
        var html = HTMLWriter(reservingCapacity: 32_768)
        for section in sections { write(section, into: &html) }
        return html.markup
    }

    private static func write(_ section: PlanSectionVM, into html: inout HTMLWriter) {
        html.openSection(id: section.id, heading: section.title, class: "plan-section")
        html.element("p", class: "section-intro", text: section.intro)
        if section.items.isEmpty {
            html.open("p", class: "empty")
            html.text(section.emptyText + " ")
            if let link = section.emptyLink { html.link(link.name, to: link.href) }
            html.close("p")
        } else {
            html.open("ol", class: "plan-items")
            for item in section.items { write(item, headingLevel: 3, into: &html) }
            html.close("ol")
        }
        html.close("section")
    }

    /// Saving keeps the answers on our server, unlike the address: said before the button.
    private static func saveForm(_ save: SavePlanVM) -> BodyNode {
        var html = HTMLWriter(reservingCapacity: 2_048)
        html.startTag("form")
        html.attribute("method", "post")
        html.attribute("action", SiteURL.savePlan.href)
        html.attribute("class", "save-plan no-print")
        html.endOfStartTag()
        html.hiddenInput("csrfToken", save.csrfToken)
        for answer in save.answers { html.hiddenInput(answer.name, answer.value) }
        html.element(
            "p", class: "hint",
            text: "Save this plan to an account to get a daily routine to tick and check-ins to track. "
                + "Saving stores your answers on our server; only you can see them, and you can "
                + "export or delete them at any time.")
        html.append(saveButton)
        html.close("form")
        return html.markup
    }

    private static let saveButton = FormUI.submit("Save this plan")

    private static func write(_ item: PlanItemVM, headingLevel: Int, into html: inout HTMLWriter) {
        html.open("li", class: "plan-item card")
        html.append(headingAndFacts(item, level: headingLevel))
        if !item.reasons.isEmpty { html.element("h4", class: "mini-heading", text: "Why it is here") }
        html.textList(item.reasons, class: "reasons")
        if !item.cautions.isEmpty {
            html.open("h4", class: "mini-heading")
            html.append(cautionSymbol)
            html.text("Be careful")
            html.close("h4")
            html.textList(item.cautions, class: "cautions")
        }
        html.append(examplesAndSources(item))
        html.close("li")
    }

    private static let cautionSymbol = H.symbol("⚠ ")

    // A treatment's heading and key facts, and its examples and sources, are the same in every
    // plan that has it: written once per distinct value (see `MarkupMemo`); the reasons and
    // cautions, which are the person's, are written every time.
    //
    // Their keys hash only the few fields that tell treatments apart and compare all of them:
    // hashing every field (a badge's long title, each citation's address) cost more than the
    // lookup saved. Equal keys still hash alike, as `Hashable` requires.
    private struct HeadingAndFacts: Hashable, Sendable {
        var name: String
        var href: SiteURL
        var printURL: String?
        var needsClinicianReview: Bool
        var level: Int
        var evidence: EvidenceVM
        var cost: CostVM
        var timeToResults: String
        var downtime: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(level)
            hasher.combine(needsClinicianReview)
        }
    }

    private static let headingAndFactsMemo = MarkupMemo<HeadingAndFacts>()

    /// The name (a link), the clinician warning, then evidence, cost, time to results and downtime.
    static func headingAndFacts(_ item: PlanItemVM, level: Int) -> BodyNode {
        let key = HeadingAndFacts(
            name: item.name, href: item.href, printURL: item.printURL, needsClinicianReview: item.needsClinicianReview,
            level: level, evidence: item.evidence, cost: item.cost, timeToResults: item.timeToResults,
            downtime: item.downtime)
        return headingAndFactsMemo.markup(key) {
            .group(
                .el("h\(key.level)", .attr("class", "card-title"), H.link(key.name, to: key.href)),
                key.printURL.map { .el("p", .attr("class", "print-only print-url"), .safe($0)) } ?? .empty,
                key.needsClinicianReview
                    ? .el(
                        "p", .attr("class", "callout"), H.symbol("⚠"),
                        .el("strong", .safe(" A clinician must review this first.")),
                        .safe(" Do not go ahead until a doctor has checked it is right for you."))
                    : .empty,
                UI.facts([
                    ("Evidence", UI.evidenceBadge(key.evidence)),
                    ("Cost", UI.cost(key.cost)),
                    ("Time to results", .safe(key.timeToResults)),
                    ("Downtime", .safe(key.downtime)),
                ]))
        }
    }

    private struct ExamplesAndSources: Hashable, Sendable {
        var examples: [String]
        var citations: [CitationRef]

        func hash(into hasher: inout Hasher) {
            hasher.combine(examples.count)
            hasher.combine(examples.first)
            hasher.combine(citations.count)
            hasher.combine(citations.first?.id)
        }
    }

    private static let examplesAndSourcesMemo = MarkupMemo<ExamplesAndSources>()

    static func examplesAndSources(_ item: PlanItemVM) -> BodyNode {
        let key = ExamplesAndSources(examples: item.examples, citations: item.citations)
        return examplesAndSourcesMemo.markup(key) {
            .group(
                key.examples.isEmpty
                    ? .empty
                    : .el(
                        "p", .attr("class", "examples"), .el("strong", .safe("Examples: ")),
                        .safe(key.examples.joined(separator: "; ") + ". "),
                        H.link("About these products", to: .products)),
                .el("p", .attr("class", "card-sources"), .safe("Sources: "), UI.citationLinks(key.citations)))
        }
    }

    private static func excluded(_ excluded: [ExcludedVM], folded: Bool) -> BodyNode {
        var html = HTMLWriter(reservingCapacity: 8_192)
        html.openSection(id: "excluded", heading: "Options left out, and why", class: "excluded")
        html.element("p", text: "Every treatment we know of is either in your plan or here, with the reason.")
        html.element(
            "p", class: "print-only",
            text: "On paper each option shows one reason; the plan’s address above shows them all.")
        if folded {
            html.open("details", class: "details")
            html.element("summary", text: "Show the \(excluded.count) options left out")
        }
        html.open("ul", class: "excluded-list")
        for option in excluded {
            html.open("li")
            html.link(option.name, to: option.href)
            html.textList(option.reasons)
            html.close("li")
        }
        html.close("ul")
        if folded { html.close("details") }
        html.close("section")
        return html.markup
    }

    static func answerTable(_ rows: [AnswerRowVM], caption: String = "Your answers", changeLinks: Bool = true)
        -> BodyNode
    {
        var html = HTMLWriter(reservingCapacity: 4_096)
        html.open("table", class: "answer-table")
        html.element("caption", class: "visually-hidden", text: caption)
        html.open("tbody")
        for row in rows {
            html.open("tr")
            html.startTag("th")
            html.attribute("scope", "row")
            html.endOfStartTag()
            html.text(row.label)
            html.close("th")
            html.element("td", text: row.value)
            if changeLinks {
                html.open("td", class: "no-print answer-change")
                html.startTag("a")
                html.attribute("href", row.changeHref)
                html.endOfStartTag()
                html.text("Change")
                html.element("span", class: "visually-hidden", text: " " + row.label.lowercased())
                html.close("a")
                html.close("td")
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        return html.markup
    }
}

public enum QuestionSheetView {
    public static func render(_ model: QuestionSheetVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "sheet-page",
            [
                .el("p", .attr("class", "breadcrumb no-print"), H.link("Back to your plan", to: model.planHref)),
                .el("h1", .safe("Questions for your dermatologist")),
                .el(
                    "p", .attr("class", "no-print hint"),
                    .safe(
                        "To print this sheet, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac). Navigation is left off the printout."
                    )),
                PlanView.redFlags(model.redFlags),
                H.section(
                    id: "sheet-questions", heading: "My questions",
                    [
                        model.questions.isEmpty
                            ? .el("p", .safe("Your plan has no clinic treatments, so there are no questions yet."))
                            : .el(
                                "ol",
                                [.attr("class", "question-list sheet-questions")]
                                    + model.questions.map { question in
                                        .el(
                                            "li", .el("p", .safe(question)),
                                            .el("div", .attr("class", "answer-space"), .attr("aria-hidden", "true")))
                                    })
                    ]),
                model.inOffice.isEmpty
                    ? .empty
                    : H.section(
                        id: "sheet-options", heading: "Clinic treatments I would like to discuss",
                        [
                            .el(
                                "ul",
                                [.attr("class", "sheet-options")]
                                    + model.inOffice.map { item in
                                        .el(
                                            "li", .el("strong", .safe(item.name)),
                                            .safe(" – \(item.evidence.label.lowercased()); \(item.cost.text)."),
                                            item.cautions.isEmpty ? .empty : H.textList(item.cautions))
                                    })
                        ]),
                H.section(
                    id: "sheet-answers", heading: "About me",
                    [PlanView.answerTable(model.answers, caption: "About me", changeLinks: false)]),
            ])
    }
}
