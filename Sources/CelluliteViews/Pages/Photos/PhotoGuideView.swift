import Plot

/// `GET /photos/guide`: how to take photos that can honestly be compared.
public enum PhotoGuideView {
    public static func render(_ model: PhotoGuideVM) -> Page {
        Layout.page(model.chrome, [.el("h1", .safe("How to take progress photos"))] + content(model))
    }

    static func content(_ model: PhotoGuideVM) -> [BodyNode] {
        [
            .el(
                "p", .attr("class", "lead"),
                .safe(
                    "Light, pose and distance change how cellulite looks more than any cream does. Photos taken the same way each time are the only ones worth comparing."
                )),
            H.heading(2, "Every time"),
            H.textList(model.rules),
            H.heading(2, "The four views"),
            .el(
                "ul",
                [.attr("class", "pose-list")]
                    + model.poses.map { pose in
                        .el(
                            "li", .attr("class", "pose-item"), PoseDrawing.svg(view: pose.view, name: pose.name),
                            .el("h3", .safe(pose.name)), .el("p", .safe(pose.instruction)))
                    }),
            model.signedIn
                ? .el("p", UI.buttonLink("Add a photo", to: .photos))
                : .el(
                    "p", .safe("Photos are kept in your account: "), H.link("sign up or log in", to: .logIn()),
                    .safe(" to add them.")),
        ]
    }
}
