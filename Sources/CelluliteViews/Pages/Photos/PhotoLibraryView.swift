import Plot

/// `GET /dashboard/photos`: the upload form with the guide's short version, then every photo
/// by view, baseline first.
public enum PhotoLibraryView {
    public static func render(_ model: PhotoLibraryVM, status: String? = nil) -> Page {
        Layout.page(
            model.chrome, bodyClass: "dashboard",
            [
                .el("h1", .safe("Your progress photos")),
                model.savedNote.map { .el("p", .attr("class", "callout"), .attr("role", "status"), .safe($0)) }
                    ?? .empty,
                FormUI.errorSummary(model.upload.errors),
                .el(
                    "p",
                    .safe(
                        "Only you can see these photos. They are stored encrypted, without the camera's hidden data (location, device, time)."
                    )),
                links,
                uploadForm(model.upload),
                H.heading(2, "Your photos"),
            ]
                + (model.groups.isEmpty
                    ? [H.p("No photos yet. The first photo of each view becomes its baseline.")]
                    : model.groups.map(group)))
    }

    private static let links: BodyNode = .el(
        "ul", .attr("class", "inline-links"), .el("li", H.link("Compare two photos", to: .photoCompare())),
        .el("li", H.link("Rate your photos blind", to: .photoRatings)),
        .el("li", H.link("How to take the photos", to: .photoGuide)))

    private static func uploadForm(_ form: PhotoUploadFormVM) -> BodyNode {
        .el(
            "form", .attr("method", "post"), .attr("action", SiteURL.photos), .attr("enctype", "multipart/form-data"),
            .attr("class", "questionnaire"),
            FormUI.hidden("csrfToken", form.csrfToken),
            H.heading(2, "Add a photo"),
            .el(
                "p", .attr("class", "hint"),
                .safe("Same light from one side, same distance and height, same clothing, no face. "),
                H.link("The guide", to: .photoGuide), .safe(" shows each pose.")),
            .el(
                "div", .attr("class", form.fileError == nil ? "form-group" : "form-group form-group-error"),
                .el("label", .attr("class", "label"), .attr("for", "file"), .safe("Photo")),
                .el(
                    "p", .attr("class", "hint"), .attr("id", "file-hint"),
                    .safe("A JPEG or PNG, at most 10 MB. On a phone this opens the camera.")),
                FormUI.errorMessage("file", form.fileError),
                .selfClosedElement(
                    named: "input",
                    attributes: [
                        .attr("type", "file"), .attr("id", "file"), .attr("name", "file"),
                        .attr("accept", "image/jpeg,image/png"), .attr("capture", "environment"),
                        .attr("aria-describedby", form.fileError == nil ? "file-hint" : "file-hint file-error"),
                        .flag("required", true),
                    ])),
            FormUI.choiceField(form.view),
            FormUI.textField(form.date),
            FormUI.submit("Add the photo"))
    }

    private static func group(_ group: PhotoViewGroupVM) -> BodyNode {
        .el(
            "section", .attr("class", "photo-group"),
            H.heading(3, group.heading),
            .el(
                "ul",
                [.attr("class", "photo-grid")]
                    + group.photos.map { photo in
                        .el(
                            "li",
                            .el(
                                "a", .attr("href", photo.href),
                                .selfClosedElement(
                                    named: "img",
                                    attributes: [
                                        .attr("src", photo.src), .attr("alt", photo.alt), .attr("loading", "lazy"),
                                        .attr("class", "photo-thumb"),
                                    ]),
                                .el("span", .attr("class", "photo-caption"), .safe(photo.caption))))
                    }),
            group.compareHref.map { .el("p", H.link("Compare \(group.heading.lowercased()) photos", to: $0)) } ?? .empty
        )
    }
}
