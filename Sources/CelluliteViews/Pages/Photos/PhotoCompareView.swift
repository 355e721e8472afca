import Plot

/// `GET /dashboard/photos/compare`: pick a view and two of its photos (a GET form), see them
/// side by side. With JavaScript, compare.js adds a slider that lays one over the other; without
/// it, the side-by-side view is the page.
public enum PhotoCompareView {
    public static func render(_ model: PhotoCompareVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe("Compare two photos")),
                picker(model),
                model.pair.map(pair) ?? H.p("This view needs at least two photos to compare."),
                .el("p", .attr("class", "hint"), .safe(model.note)),
                .el("p", H.link("All your photos", to: .photos)),
                .el("script", .attr("src", SiteURL.asset(.compareScript)), .attr("defer", "defer")),
            ])
    }

    private static func select(_ name: String, _ label: String, _ options: [PhotoOptionVM]) -> BodyNode {
        .el(
            "div", .attr("class", "form-group"),
            .el("label", .attr("class", "label"), .attr("for", "compare-\(name)"), .safe(label)),
            .el(
                "select",
                [.attr("id", "compare-\(name)"), .attr("name", name), .attr("class", "select")]
                    + options.map { option in
                        .el(
                            "option", .attrKeepingEmpty("value", option.value), .flag("selected", option.isSelected),
                            .safe(option.label))
                    }))
    }

    private static func picker(_ model: PhotoCompareVM) -> BodyNode {
        .el(
            "form", .attr("method", "get"), .attr("action", SiteURL.photoCompare()), .attr("class", "compare-picker"),
            select("view", "View", model.views),
            model.leftOptions.isEmpty ? .empty : select("left", "Left photo", model.leftOptions),
            model.rightOptions.isEmpty ? .empty : select("right", "Right photo", model.rightOptions),
            FormUI.submit("Show", secondary: true))
    }

    private static func pair(_ pair: (left: ComparedPhotoVM, right: ComparedPhotoVM)) -> BodyNode {
        .el(
            "div", .attr("class", "photo-compare"), .attr("id", "photo-compare"),
            figure(pair.left, side: "left"), figure(pair.right, side: "right"))
    }

    static func figure(_ photo: ComparedPhotoVM, side: String) -> BodyNode {
        .el(
            "figure", .attr("class", "compare-side compare-\(side)"),
            .selfClosedElement(
                named: "img",
                attributes: [.attr("src", photo.src), .attr("alt", photo.alt), .attr("class", "photo-full")]),
            .el("figcaption", .safe(photo.caption)))
    }
}
