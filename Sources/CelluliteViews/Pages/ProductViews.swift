import Plot

public enum ProductListView {
    public static func render(_ model: ProductListVM) -> Page {
        Layout.page(
            model.chrome,
            [
                .el("h1", .safe("Products")),
                .el(
                    "p", .attr("class", "lead"),
                    .safe(
                        "Body products that popular advice about cellulite mentions, with what is in them. For each one we say "
                            + "what is known, what is not, and what it costs. We earn nothing from any of them and link to no shop."
                    )),
                .el(
                    "form",
                    [
                        .attr("class", "filter-panel"), .attr("method", "get"), .attr("action", SiteURL.products),
                        .attr("aria-label", "Filter products"),
                        .el(
                            "div",
                            [
                                .attr("class", "form-group"),
                                .el(
                                    "label", .attr("class", "label"), .attr("for", "filter-active"),
                                    .safe("Active ingredient")),
                                .el(
                                    "p", .attr("class", "hint"), .attr("id", "filter-active-hint"),
                                    .safe("The ingredient that is meant to do something, such as caffeine or retinol.")),
                                .el(
                                    "select",
                                    [
                                        .attr("id", "filter-active"), .attr("name", "active"), .attr("class", "select"),
                                        .attr("aria-describedby", "filter-active-hint"),
                                    ]
                                        + model.actives.map { choice in
                                            .el(
                                                "option", .attr("value", choice.value),
                                                .flag("selected", choice.isSelected), .safe(choice.label))
                                        }),
                            ]),
                        .el(
                            "div",
                            [
                                .attr("class", "button-row"),
                                FormUI.submit("Show products"),
                                model.selectedActive == nil ? .empty : H.link("Show all products", to: .products),
                            ]),
                    ]),
                .el(
                    "p", .attr("class", "result-count"), .attr("role", "status"),
                    .safe(
                        model.selectedActive.map {
                            "\(model.products.count) of \(model.total) products contain \($0.prefix(1).lowercased() + $0.dropFirst())."
                        }
                            ?? "Showing all \(model.total) products.")),
                .el("ul", [.attr("class", "card-list")] + model.products.map(card)),
            ])
    }

    private static func card(_ product: ProductVM) -> BodyNode {
        .el(
            "li",
            [
                .attr("class", "card"), .attr("id", product.anchor),
                .el(
                    "h2", .attr("class", "card-title"),
                    // The space sits outside the span, so no styling of the brand can swallow it.
                    product.brand.map { .group(.el("span", .attr("class", "product-brand"), .safe($0)), .safe(" ")) }
                        ?? .empty,
                    .safe(product.name)),
                product.confidenceNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
                UI.facts([
                    ("Price", UI.cost(product.price)),
                    ("Active ingredients", .safe(product.actives.joined(separator: ", "))),
                    (
                        "Kind of treatment",
                        .group(
                            H.link(product.treatment.name, to: product.treatment.href),
                            .safe(" (the evidence for this kind of product applies)"))
                    ),
                ]),
                .el("h3", .safe("What is known")),
                UI.factList(product.known),
                product.unknown.isEmpty ? .empty : .el("h3", .safe("What is not known")),
                product.unknown.isEmpty ? .empty : H.textList(product.unknown, class: "unknowns"),
                .el("p", .attr("class", "card-sources"), .safe("Sources: "), UI.citationLinks(product.citations)),
            ])
    }
}
