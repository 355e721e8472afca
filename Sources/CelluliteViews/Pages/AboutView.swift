import Plot

/// Who makes the site, how the content is checked and dated, who pays for it, how to report an error.
public enum AboutView {
    public static func render(_ m: AboutVM) -> Page {
        Layout.page(
            m.chrome,
            [
                .el("h1", .safe("About Cellulite Advisor")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "Cellulite Advisor explains what research says about cellulite and its treatments, in plain words, "
                            + "with the source of every claim. It gives information; it is not a clinic.")),
                H.section(
                    id: "who", heading: "Who makes this site?",
                    [
                        H.p(
                            "The Cellulite Advisor team: the people who build and look after this project. We write the "
                                + "content from published research."),
                        H.p(
                            "We are not a clinic and we do not treat anyone. No doctor or nurse sees what you enter here, "
                                + "and nothing on the site is a diagnosis. If you have pain, if your skin changes quickly, "
                                + "or if anything worries you, see a doctor or nurse."),
                    ]),
                H.section(
                    id: "review", heading: "Where does the information come from, and how is it checked?",
                    [
                        .el(
                            "p",
                            .safe(
                                "Every claim links to the source it comes from: trials, reviews, product labels and "
                                    + "regulatory records. We write each fact in our own words and check it against that source. "
                            ), H.link("See all sources", to: .sources), .safe(".")),
                        .el(
                            "ul",
                            .el(
                                "li",
                                .safe("The knowledge base was last reviewed on "),
                                .el("time", .attr("datetime", m.lastReviewed), .safe(m.lastReviewedText)),
                                .safe(". It covers \(m.contents).")),
                            .el(
                                "li",
                                .safe(
                                    "When a fact comes only from a consumer website, clinic page or blog, or we could not "
                                        + "check it against the original, it carries a question mark and says so in words next "
                                        + "to it. \(m.lowConfidenceCount) facts about treatments are marked like this today."
                                )),
                            .el(
                                "li",
                                .safe(
                                    "Each treatment has an evidence badge in words and dots, based on three standard grading "
                                        + "systems. "),
                                H.link("How we grade evidence", to: SiteURL.sources.anchored("grading")),
                                .safe(".")),
                            .el(
                                "li",
                                .safe(
                                    "Prices are in US dollars, as quoted by their sources, with the year of the source when "
                                        + "it gives one. They vary by place and change over time.")),
                            .el(
                                "li",
                                .safe(
                                    "Approval and clearance are the status in the United States, decided by the US Food and "
                                        + "Drug Administration (FDA). Other countries’ regulators may decide differently."
                                ))
                        ),
                    ]),
                H.section(
                    id: "funding", heading: "Who pays for it?",
                    [
                        H.p(
                            "Nobody: the site is not funded. It shows no ads, has no affiliate links and no sponsored "
                                + "content, and we earn nothing from any product, brand or clinic it names."),
                        H.p(
                            "It uses no trackers or analytics and loads nothing from other websites. We do not store your "
                                + "answers: the plan and the skin check keep them in the page’s address, so they stay in "
                                + "your browser’s history. On a shared device, use a private window."),
                    ]),
                H.section(
                    id: "report", heading: "How do I report a mistake?",
                    [
                        H.p(
                            "Open an issue in the project’s repository. Say which page it is on (copy the page’s address), "
                                + "what is wrong, and, if you can, the source that shows it."),
                        H.p(
                            "We check every report against the sources and correct the knowledge base; the review date "
                                + "above changes when we do. The project has no email address for reports."),
                    ]),
            ])
    }
}
