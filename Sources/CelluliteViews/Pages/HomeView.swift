import Plot

public enum HomeView {
    public static func render(_ model: HomeVM) -> Page {
        Layout.page(
            model.chrome,
            [
                .el(
                    "div",
                    [
                        .attr("class", "hero"),
                        .el("h1", .safe("Cellulite: what it is, why it happens, and what helps")),
                        .el(
                            "p", .attr("class", "lead"),
                            .safe(
                                "Cellulite is normal. Most adult women have some. This site explains, in plain words and "
                                    + "with the research behind each claim, what it is and what each treatment can and cannot do."
                            )),
                        UI.buttonLink("Start your plan", to: .plan()),
                    ]),
                H.section(
                    id: "what-is-it", heading: "What is cellulite?",
                    [
                        UI.fact(model.about.first ?? FactVM(text: "", citations: [], confidenceNote: nil))
                    ] + model.about.dropFirst().prefix(1).map { UI.fact($0) }),
                H.section(
                    id: "why", heading: "Why does it happen?",
                    [
                        .el(
                            "figure",
                            [
                                .attr("class", "diagram-figure"),
                                .raw(CrossSectionDiagram.svg),
                                .el(
                                    "figcaption",
                                    .safe(
                                        "A slice through skin with cellulite. The numbers show where each kind of treatment acts; they are explained below."
                                    )),
                            ])
                    ] + model.about.dropFirst(2).map { UI.fact($0) }),
                H.section(
                    id: "how-treatments-work", heading: "How do treatments act on it?",
                    [
                        .el(
                            "p",
                            .safe(
                                "Each kind of treatment works on one part of the picture above. The number matches the marker on the drawing."
                            )),
                        .el("ol", [.attr("class", "mechanisms")] + model.mechanisms.map(mechanism)),
                    ]),
                H.section(
                    id: "expectations", heading: "What can you honestly expect?", class: "expectations",
                    [
                        UI.factList(model.expectations)
                    ]),
                .el(
                    "div",
                    [
                        .attr("class", "cta-panel"),
                        .el("h2", .safe("Get a plan that fits you")),
                        .el(
                            "p",
                            .safe(
                                "Answer a few short questions. We show what you could do before an event, what to do every day "
                                    + "at home, and what to ask a dermatologist about, with the reasons and the evidence for each."
                            )),
                        UI.buttonLink("Start your plan", to: .plan()),
                        // A list, not "a · b · c": separators strand at line ends on narrow screens.
                        H.ul(
                            [
                                H.link("Check how much cellulite you have", to: .assess()),
                                H.link("Ask a question", to: .ask()),
                                H.link("Browse all treatments", to: .treatments),
                            ], class: "secondary-links"),
                    ]),
            ])
    }

    private static func mechanism(_ mechanism: MechanismVM) -> BodyNode {
        .el(
            "li",
            [
                .attr("class", "mechanism"),
                .el(
                    "span", .attr("class", "marker-number"), .attr("aria-hidden", "true"), .safe("\(mechanism.number)")),
                .el(
                    "div",
                    [
                        .el(
                            "h3", .el("span", .attr("class", "visually-hidden"), .safe("Marker \(mechanism.number): ")),
                            .safe(mechanism.title)),
                        .el("p", .safe(mechanism.explanation)),
                        mechanism.treatments.isEmpty
                            ? .empty
                            : .el(
                                "p",
                                [
                                    .attr("class", "mechanism-treatments"),
                                    .safe("Treatments: "),
                                ]
                                    + mechanism.treatments.enumerated().flatMap { index, link -> [BodyNode] in
                                        [
                                            index == 0 ? .empty : .safe(", "),
                                            H.link(link.name, to: link.href),
                                            link.note.map { .safe(" (\($0))") } ?? .empty,
                                        ]
                                    }),
                    ]),
            ])
    }
}
