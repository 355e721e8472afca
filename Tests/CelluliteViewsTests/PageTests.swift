import Testing

@testable import CelluliteViews

/// A page's body is written as pieces; the content inside `<div class="wrap">` must be what one
/// `wrap` element around it would hold, attributes of the content pieces included.
@Suite struct PageTests {
    static let chrome = PageChrome(
        title: "T", lastReviewed: "2026-12-01", lastReviewedText: "1 December 2026", version: "1")

    /// The `wrap` div and what it holds, cut out of the whole page.
    static func wrap(_ page: Page) -> Substring? {
        let html = page.render()
        guard let start = html.range(of: #"<main id="main" tabindex="-1">"#), let end = html.range(of: "</main>")
        else { return nil }
        return html[start.upperBound..<end.lowerBound]
    }

    @Test func contentWithoutAttributesIsWrittenInPiecesAsOneWrapWouldHoldIt() {
        let content: [Markup] = [.el("h1", .safe("Plan & more")), .empty, .el("p", .safe("<text>"))]
        let page = Layout.page(Self.chrome, content)
        let expected = Markup.el("div", [.attr("class", "wrap"), Layout.disclaimer()] + content).rendered
        #expect(Self.wrap(page).map(String.init) == expected)
        #expect(page.byteCount == page.render().utf8.count)
    }

    @Test func aContentPiecesAttributeStillGoesToTheWrap() {
        let content: [Markup] = [.attr("class", "narrow"), .el("p", .safe("x"))]
        let page = Layout.page(Self.chrome, content)
        let expected = Markup.el("div", [.attr("class", "wrap"), Layout.disclaimer()] + content).rendered
        #expect(Self.wrap(page).map(String.init) == expected)
        #expect(expected.hasPrefix(#"<div class="narrow">"#))
        #expect(page.byteCount == page.render().utf8.count)
    }
}
