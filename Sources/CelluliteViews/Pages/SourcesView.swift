import Plot

public enum SourcesView {
    public static func render(_ model: SourcesVM) -> Page {
        Layout.page(
            model.chrome,
            [
                .el("h1", .safe("Sources and how we grade evidence")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "Every claim on this site points to one of the sources below with a number in square brackets, like [S21]."
                    )),
                H.section(
                    id: "grading", heading: "What do the evidence badges mean?",
                    [
                        .el(
                            "p",
                            .safe(
                                "Each treatment gets a badge in words and dots. The dots never carry the meaning on their own."
                            )),
                        .el(
                            "ul",
                            [.attr("class", "badge-key")]
                                + model.badges.map { badge in
                                    .el("li", UI.evidenceBadge(badge), .safe(": " + meaning(badge.level)))
                                }),
                        .el(
                            "p",
                            .safe(
                                "Behind each badge are three standard grades: SORT (the strength of a recommendation, A to C), "
                                    + "GRADE (how certain the evidence is, high to very low) and the Oxford CEBM level of the best study (1 is best)."
                            )),
                        .el("h3", .safe("Low-confidence facts")),
                        .el(
                            "p",
                            .safe(
                                "Some facts come only from consumer websites, clinic pages or blogs, or could not be checked against "
                                    + "the original study. We show those with a question mark and say so in words next to the fact."
                            )),
                    ]),
                H.section(
                    id: "terms", heading: "What do the terms in these sources mean?",
                    [
                        .el(
                            "dl",
                            [.attr("class", "key-facts terms")]
                                + model.terms.flatMap { term -> [BodyNode] in
                                    [.el("dt", .safe(term.term)), .el("dd", .safe(term.explanation.capitalizedFirst))]
                                })
                    ]),
                H.section(id: "all-sources", heading: "All sources", [UI.citationList(model.citations)]),
            ])
    }

    private static func meaning(_ level: String) -> String {
        switch level {
        case "high": "good trials agree; further research is unlikely to change the picture."
        case "moderate": "the true effect is probably close to what studies found, but it could be different."
        case "low": "few or weak studies; the true effect may be quite different."
        default: "very few or very weak studies, often without a comparison group or paid for by the maker."
        }
    }
}
