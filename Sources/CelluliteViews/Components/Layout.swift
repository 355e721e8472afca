import Plot

/// The shared page shell: skip link, header with navigation, disclaimer, main, footer.
enum Layout {
    static let siteName = "Cellulite Advisor"

    static func page(_ chrome: PageChrome, bodyClass: String? = nil, _ content: [BodyNode]) -> Page {
        Page(
            documentStart: documentStartMemo.text(DocumentKey(title: chrome.title, description: chrome.description)) {
                documentStart($0)
            },
            body: body(chrome, bodyClass: bodyClass, content))
    }

    private struct DocumentKey: Hashable, Sendable {
        var title: String
        var description: String
    }

    /// The head differs only by the page's title and description: written by Plot once per pair.
    private static let documentStartMemo = MarkupMemo<DocumentKey>()

    private static func documentStart(_ key: DocumentKey) -> String {
        let document = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Node<HTML.BodyContext>.safe("\(key.title) – \(siteName)")]),
                .meta(.name("description"), .attr("content", key.description)),
                .meta(.name("referrer"), .content("no-referrer")),
                .link(.rel(.stylesheet), .href(SiteURL.asset(.appStylesheet).href)),
                .link(
                    .rel(.stylesheet), .href(SiteURL.asset(.printStylesheet).href),
                    .attribute(named: "media", value: "print")),
                .link(.rel(.icon), .href(SiteURL.asset(.favicon).href), .type("image/svg+xml"))
            )
        ).render()
        // The body goes where the document ends.
        precondition(document.hasSuffix(Page.documentEnd), "Plot's document ends in </html>")
        return String(document.dropLast(Page.documentEnd.count))
    }

    /// The body as pieces in order (see `Page`): the page's content is not copied at all. The
    /// elements around it are written by `HTMLWriter`; the header, disclaimer and footer are memos.
    private static func body(_ chrome: PageChrome, bodyClass: String?, _ content: [BodyNode]) -> [Markup] {
        let notice = disclaimerMemo.markup(0) { disclaimer() }
        var start = HTMLWriter(reservingCapacity: 128)
        start.startTag("body")
        start.attribute("class", bodyClass ?? "")
        start.endOfStartTag()
        start.startTag("a")
        start.attribute("class", "skip-link")
        start.attribute("href", SiteURL.onThisPage(id: "main").href)
        start.endOfStartTag()
        start.text("Skip to main content")
        start.close("a")
        var mainStart = HTMLWriter(reservingCapacity: 64)
        mainStart.startTag("main")
        mainStart.attribute("id", "main")
        mainStart.attribute("tabindex", "-1")
        mainStart.endOfStartTag()
        // A content piece's attributes belong to the wrap div: then it is written as one element.
        let wrap: [Markup]
        if content.allSatisfy(\.givesNoAttributes) {
            mainStart.open("div", class: "wrap")
            wrap = [notice] + content + [wrapEnd]
        } else {
            wrap = [.el("div", [.attr("class", "wrap"), notice] + content)]
        }
        return [start.markup, headerMemo.markup(chrome.active) { header(chrome) }, mainStart.markup] + wrap
            + [mainEnd, footerMemo.markup(FooterKey(chrome)) { footer(chrome) }, bodyEnd]
    }

    private static let wrapEnd = Markup.raw("</div>")
    private static let mainEnd = Markup.raw("</main>")
    private static let bodyEnd = Markup.raw("</body>")

    // The header differs only by the section shown as current; the footer only by the knowledge
    // base's date and version. Written once each (see `MarkupMemo`).
    private static let headerMemo = MarkupMemo<NavItem?>()
    private static let disclaimerMemo = MarkupMemo<Int>()
    private static let footerMemo = MarkupMemo<FooterKey>()

    private struct FooterKey: Hashable, Sendable {
        var lastReviewed: String
        var lastReviewedText: String
        var version: String

        init(_ chrome: PageChrome) {
            lastReviewed = chrome.lastReviewed
            lastReviewedText = chrome.lastReviewedText
            version = chrome.version
        }
    }

    /// On small screens the navigation folds behind a "Menu" toggle (a `<details>`, so it needs no
    /// script) and the page heading shows on the first screen; wide screens show the plain list.
    private static func header(_ chrome: PageChrome) -> BodyNode {
        .el(
            "header",
            .attr("class", "site-header"),
            .el(
                "div",
                .attr("class", "wrap header-inner"),
                .el(
                    "a", .attr("class", "brand"), .attr("href", SiteURL.home), .raw(Logo.svg),
                    .el("span", .safe(siteName))),
                .el(
                    "nav",
                    .attr("aria-label", "Main"),
                    .attr("class", "site-nav"),
                    // The same links twice, one list per screen size (app.css shows one), so wide
                    // screens never depend on how a browser styles a closed <details>.
                    navList(chrome, class: "nav-list nav-wide"),
                    .el(
                        "details",
                        .attr("class", "menu"),
                        .el("summary", .attr("class", "menu-toggle"), H.symbol("☰ "), .safe("Menu")),
                        navList(chrome, class: "nav-list")
                    )
                )
            )
        )
    }

    private static func navList(_ chrome: PageChrome, class className: String) -> BodyNode {
        .el("ul", [.attr("class", className)] + NavItem.primary.map { .el("li", navLink($0, active: chrome.active)) })
    }

    private static func navLink(_ item: NavItem, active: NavItem?) -> BodyNode {
        .el("a", .attr("href", item.url), .flag("aria-current", item == active, value: "page"), .safe(item.title))
    }

    /// Short and the same everywhere: information, not diagnosis; when to see a clinician.
    static func disclaimer() -> BodyNode {
        .el(
            "div",
            .attr("class", "disclaimer"),
            .attr("role", "note"),
            .attr("aria-label", "Medical information notice"),
            .el(
                "p",
                H.symbol("ℹ "),
                .el("strong", .safe("Information, not diagnosis. ")),
                // Short, so the page's own heading still shows on a phone's first screen.
                .safe(
                    "See a doctor or nurse if you have pain, if your skin changes quickly, or if anything worries you.")
            )
        )
    }

    private static func footer(_ chrome: PageChrome) -> BodyNode {
        .el(
            "footer",
            .attr("class", "site-footer"),
            .el(
                "div",
                .attr("class", "wrap"),
                .el(
                    "nav",
                    .attr("aria-label", "Footer"),
                    .el(
                        "ul",
                        [.attr("class", "footer-links")]
                            + (NavItem.primary + [.sources]).map { item in
                                .el("li", .el("a", .attr("href", item.url), .safe(item.title)))
                            }
                    )
                ),
                .el(
                    "p",
                    .safe("Every claim on this site links to its source. "),
                    .el("a", .attr("href", SiteURL.sources), .safe("See all sources and how we grade evidence")),
                    .safe(".")
                ),
                .el(
                    "p",
                    .safe("Knowledge base last reviewed: "),
                    .el("time", .attr("datetime", chrome.lastReviewed), .safe(chrome.lastReviewedText)),
                    .safe(". Version \(chrome.version).")
                ),
                .el(
                    "p",
                    .safe(
                        "This site gives information, not a diagnosis, and is not for emergencies. "
                            + "It shows no ads, uses no trackers and loads nothing from other websites."))
            )
        )
    }
}

/// A small mark for the header: three soft lobules under a line of skin.
enum Logo {
    static let svg = """
        <svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">\
        <rect x="1" y="1" width="30" height="30" rx="7" fill="#1d4e5f"/>\
        <path d="M4 13 C8 8 12 8 16 13 C20 8 24 8 28 13" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>\
        <circle cx="10" cy="20" r="3.5" fill="#f4d58d"/><circle cx="22" cy="20" r="3.5" fill="#f4d58d"/>\
        </svg>
        """
}
