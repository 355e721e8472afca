import CelluliteWeb
import Foundation
import ImagingTestSupport
import Testing
import Vapor
import VaporTesting

/// The photo pages without a browser: upload through the multipart form (the CSRF token is a
/// part), refusals that keep the answers, images behind the session only, the blinded rating.
@Suite struct PhotoPageTests {
    typealias Browser = AccountPageTests.Browser

    static func upload(
        _ browser: Browser, file: [UInt8], view: String = "back-relaxed", date: String = "2026-11-30",
        token: String? = nil
    ) async throws -> TestingHTTPResponse {
        let page = try await browser.get("/dashboard/photos")
        var form = MultipartBuilder()
        form.field("csrfToken", token ?? csrfToken(in: page.body.string) ?? "")
        form.file("file", filename: "IMG_0001.JPG", bytes: file)
        form.field("view", view)
        form.field("date", date)
        return try await browser.send(.POST, "/dashboard/photos", contentType: form.contentType, body: form.body)
    }

    static func photoIDs(in html: String) -> [String] {
        PageBrowsing.matches(#"href="/dashboard/photos/([0-9a-f-]{36})""#, in: html).map { $0[1] }
    }

    @Test func anUploadShowsAsAThumbnailBehindTheSession() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            let page = try await browser.get("/dashboard/photos")
            #expect(page.body.string.contains(#"type="file""#))
            #expect(page.body.string.contains(#"accept="image/jpeg,image/png""#))
            #expect(page.body.string.contains(#"capture="environment""#))
            #expect(page.body.string.contains(#"enctype="multipart/form-data""#))

            let added = try await Self.upload(browser, file: try PhotoFixtures.phoneJPEG())
            #expect(added.status == .seeOther)
            let library = try await browser.get("/dashboard/photos")
            #expect(library.body.string.contains("Added: your back, relaxed photo of 30 November 2026."))
            let id = try #require(Self.photoIDs(in: library.body.string).first)
            #expect(library.body.string.contains(#"src="/dashboard/photos/\#(id)/image?size=thumb""#))
            #expect(library.body.string.contains("30 November 2026 (baseline)"))

            let thumb = try await browser.get("/dashboard/photos/\(id)/image?size=thumb")
            #expect(thumb.status == .ok && thumb.headers.contentType == .jpeg)
            #expect(thumb.headers.first(name: .cacheControl) == "private, no-store")
            // Signed out, or as someone else: nothing.
            #expect(try await app.fetch("/dashboard/photos/\(id)/image").status == .notFound)
            let other = try await AccountSettingsPageTests.signedIn(app, "other@example.com")
            #expect(try await other.get("/dashboard/photos/\(id)/image").status == .notFound)
            #expect(try await other.get("/dashboard/photos/\(id)").status == .notFound)
            #expect(Self.photoIDs(in: try await other.get("/dashboard/photos").body.string).isEmpty)
        }
    }

    @Test func aRefusedUploadSaysWhyKeepsTheAnswersAndStoresNothing() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            let refused = try await Self.upload(
                browser, file: Array("<html>not a photo</html>".utf8), view: "left-side", date: "2026-10-02")
            #expect(refused.status == .unsupportedMediaType)
            let page = refused.body.string
            #expect(page.contains("is not a JPEG or PNG image"))
            #expect(page.contains(#"value="left-side" checked"#))
            #expect(page.contains(#"value="2026-10-02""#))
            #expect(page.contains("Choose the photo again"))
            // Without the form's token: refused before anything is read.
            let forged = try await Self.upload(browser, file: try PhotoFixtures.phoneJPEG(), token: "forged")
            #expect(forged.status == .forbidden)
            #expect(Self.photoIDs(in: try await browser.get("/dashboard/photos").body.string).isEmpty)
        }
    }

    @Test func aBlindedRatingRevealsTheDatesOnlyAfterTheAnswer() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            for date in ["2026-09-01", "2026-11-30"] {
                let added = try await Self.upload(
                    browser, file: try ImagingFixtures.jpeg(width: 60, height: 40), date: date)
                #expect(added.status == .seeOther)
            }
            let ratings = try await browser.get("/dashboard/photos/ratings")
            #expect(
                ratings.body.string.contains("Back, buttocks tensed</strong>: needs photos from two different days"))
            let started = try await browser.post(
                "/dashboard/photos/ratings", [("view", "back-relaxed")], token: csrfToken(in: ratings.body.string))
            #expect(started.status == .seeOther)
            let address = try #require(started.headers.first(name: .location))
            let question = try await browser.get(address)
            #expect(question.body.string.contains("Which looks smoother?"))
            #expect(
                !question.body.string.contains("September") && !question.body.string.contains("30 November"),
                "no date before the answer")
            #expect(try await browser.get(address + "/left").headers.contentType == .jpeg)

            let answered = try await browser.post(
                address, [("smoother", "same")], token: csrfToken(in: question.body.string))
            #expect(answered.status == .seeOther)
            let revealed = try await browser.get(address).body.string
            #expect(revealed.contains("1 September 2026") && revealed.contains("30 November 2026"))
            #expect(revealed.contains("You saw no difference"))
            let history = try await browser.get("/dashboard/photos/ratings").body.string
            #expect(history.contains("They looked the same"))
            #expect(history.contains("In 0 of 1 blinded rating you picked the later photo"))
        }
    }

    @Test func theComparisonDefaultsToTheBaselineAndWorksWithoutScript() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            for date in ["2026-11-30", "2026-08-01", "2026-10-01"] {
                _ = try await Self.upload(browser, file: try ImagingFixtures.jpeg(width: 60, height: 40), date: date)
            }
            let page = try await browser.get("/dashboard/photos/compare?view=back-relaxed").body.string
            let captions = PageBrowsing.matches(#"<figcaption>(.*?)</figcaption>"#, in: page).map { $0[1] }
            #expect(captions == ["1 August 2026 (baseline)", "30 November 2026"])
            #expect(page.contains(#"<script src="/js/compare.js" defer="defer"></script>"#))
            let script = try await app.fetch("/js/compare.js")
            #expect(script.status == .ok)
        }
    }
}
