import Plot

public enum MessagePageView {
    /// A simple page in the site's layout: a heading, some text and a way on. Used for not-found,
    /// expired-form and bad-link pages.
    public static func render(
        _ chrome: PageChrome, heading: String, text: String, detail: String? = nil, link: LinkVM
    ) -> Page {
        Layout.page(
            chrome,
            [
                .el("h1", .safe(heading)),
                .el("p", .attr("class", "lead"), .safe(text)),
                detail.map { .el("p", .attr("class", "error-detail"), .safe($0)) } ?? .empty,
                .el("p", H.link(link.name, to: link.href)),
            ])
    }
}
