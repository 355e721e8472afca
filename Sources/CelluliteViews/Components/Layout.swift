import Plot

/// The shared page shell: skip link, header with navigation, disclaimer, main, footer.
enum Layout {
    static let siteName = "Cellulite Advisor"

    static func page(_ chrome: PageChrome, bodyClass: String? = nil, _ content: [BodyNode]) -> HTML {
        HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Node<HTML.BodyContext>.safe("\(chrome.title) – \(siteName)")]),
                .meta(.name("description"), .attr("content", chrome.description)),
                .meta(.name("referrer"), .content("no-referrer")),
                .link(.rel(.stylesheet), .href(SiteURL.asset(.appStylesheet).href)),
                .link(
                    .rel(.stylesheet), .href(SiteURL.asset(.printStylesheet).href),
                    .attribute(named: "media", value: "print")),
                .link(.rel(.icon), .href(SiteURL.asset(.favicon).href), .type("image/svg+xml"))
            ),
            .body(
                .attr("class", bodyClass ?? ""),
                .a(.class("skip-link"), .href(SiteURL.onThisPage(id: "main").href), .text("Skip to main content")),
                header(chrome),
                .main(
                    .id("main"),
                    .attribute(named: "tabindex", value: "-1"),
                    .div(
                        .class("wrap"),
                        disclaimer(),
                        .group(content)
                    )
                ),
                footer(chrome)
            )
        )
    }

    /// On small screens the navigation folds behind a "Menu" toggle (a `<details>`, so it needs no
    /// script) and the page heading shows on the first screen; wide screens show the plain list.
    private static func header(_ chrome: PageChrome) -> BodyNode {
        .header(
            .class("site-header"),
            .div(
                .class("wrap header-inner"),
                .a(
                    .class("brand"), .href(SiteURL.home.href),
                    .raw(Logo.svg),
                    .span(.text(siteName))
                ),
                .nav(
                    .attribute(named: "aria-label", value: "Main"),
                    .class("site-nav"),
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
        .ul(
            .class(className),
            .forEach(NavItem.primary) { item in
                .li(navLink(item, active: chrome.active))
            })
    }

    private static func navLink(_ item: NavItem, active: NavItem?) -> Node<HTML.BodyContext> {
        .a(
            .href(item.url.href),
            item == active ? .attribute(named: "aria-current", value: "page") : .empty,
            .text(item.title)
        )
    }

    /// Short and the same everywhere: information, not diagnosis; when to see a clinician.
    static func disclaimer() -> BodyNode {
        .div(
            .class("disclaimer"),
            .attribute(named: "role", value: "note"),
            .attribute(named: "aria-label", value: "Medical information notice"),
            .p(
                H.symbol("ℹ "),
                .strong(.text("Information, not diagnosis. ")),
                // Short, so the page's own heading still shows on a phone's first screen.
                .text(
                    "See a doctor or nurse if you have pain, if your skin changes quickly, or if anything worries you.")
            )
        )
    }

    private static func footer(_ chrome: PageChrome) -> BodyNode {
        .footer(
            .class("site-footer"),
            .div(
                .class("wrap"),
                .nav(
                    .attribute(named: "aria-label", value: "Footer"),
                    .ul(
                        .class("footer-links"),
                        .forEach(NavItem.primary + [.sources]) { item in
                            .li(.a(.href(item.url.href), .text(item.title)))
                        }
                    )
                ),
                .p(
                    .text("Every claim on this site links to its source. "),
                    .a(.href(SiteURL.sources.href), .text("See all sources and how we grade evidence")),
                    .text(".")
                ),
                .p(
                    .text("Knowledge base last reviewed: "),
                    .time(.datetime(chrome.lastReviewed.attributeEscaped), .safe(chrome.lastReviewedText)),
                    .text(". Version \(chrome.version).")
                ),
                .p(
                    .text(
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
