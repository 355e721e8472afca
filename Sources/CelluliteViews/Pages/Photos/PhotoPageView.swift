import Plot

/// `GET /dashboard/photos/{id}`: the photo, its facts, and the ways on.
public enum PhotoPageView {
    public static func render(_ model: PhotoPageVM) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe(model.heading)),
                .el(
                    "figure", .attr("class", "photo-figure"),
                    .selfClosedElement(
                        named: "img",
                        attributes: [.attr("src", model.src), .attr("alt", model.alt), .attr("class", "photo-full")])),
                UI.facts(model.facts.map { ($0.label, .safe($0.value)) }),
                .el(
                    "div", .attr("class", "button-row"),
                    model.compareHref.map { UI.buttonLink("Compare with another", to: $0) } ?? .empty,
                    UI.buttonLink("Delete this photo", to: model.deleteHref, secondary: true)),
                .el("p", H.link("All your photos", to: .photos)),
            ])
    }
}
