import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The check-in flow as a browser without script uses it: the skin check's result offers the
/// form to a signed-in person, the history shows a chart and a table of the same numbers per
/// series, and a check-in can be changed and deleted, by its owner only.
@Suite struct CheckInPageTests {
    typealias Browser = AccountPageTests.Browser

    static let selfRatingResult = "/assess/result?scale=self-rating&level="
    static let hexselResult =
        "/assess/result?scale=hexsel-css&a=2&b=1&c=1&d=2&standing=dimpled&lying=smooth&pinch=positive"

    /// The hidden fields of the check-in form (the skin check's answers and the CSRF token).
    static func hiddenFields(of html: String) throws -> [(String, String)] {
        let form = try #require(
            PageBrowsing.matches(#"<section class="checkin-form".*?<form\b[^>]*>(.*?)</form>"#, in: html).first)
        return PageBrowsing.matches(#"<input type="hidden"[^>]*>"#, in: form[1]).compactMap { input in
            PageBrowsing.attribute("name", in: input[0]).map {
                ($0, PageBrowsing.attribute("value", in: input[0]) ?? "")
            }
        }
    }

    /// Keeps the result at `resultPath` as a check-in; returns the response to the post.
    static func keep(
        _ browser: Browser, _ resultPath: String, date: String, notes: String = "", site: String? = nil,
        action: String = "/dashboard/checkins"
    ) async throws -> TestingHTTPResponse {
        let result = try await browser.get(resultPath)
        #expect(result.status == .ok)
        let fields = try hiddenFields(of: result.body.string)
        return try await browser.post(
            action, fields + [("date", date), ("notes", notes)] + (site.map { [("site", $0)] } ?? []), token: nil)
    }

    static func checkInIDs(in html: String) -> [String] {
        PageBrowsing.matches(#"href="/dashboard/checkins/([0-9A-Fa-f-]{36})""#, in: html).map { $0[1] }
    }

    @Test func aResultKeptAsACheckInShowsInTheHistoryWithItsChartAndTable() async throws {
        try await withTestApp { app in
            // Signed out, the result offers no form and sets no cookie.
            let anonymous = try await app.fetch(Self.selfRatingResult + "2")
            #expect(!anonymous.html.contains("checkin-form"))
            #expect(!anonymous.setsCookie)

            let browser = try await AccountSettingsPageTests.signedIn(app)
            let result = try await browser.get(Self.selfRatingResult + "3")
            let page = result.body.string
            #expect(page.contains("Keep this result as a check-in"))
            // Today is filled in and is the latest day the picker offers.
            let today = try #require(page.firstMatch(of: /id="checkin-date" name="date" value="(\d{4}-\d\d-\d\d)"/)?.1)
            #expect(page.contains(#"max="\#(today)""#))

            let kept = try await Self.keep(
                browser, Self.selfRatingResult + "3", date: "2026-10-01", notes: "morning light")
            #expect(kept.status == .seeOther)
            #expect(kept.headers.first(name: .location) == "/dashboard/checkins")
            _ = try await Self.keep(browser, Self.selfRatingResult + "1", date: "2026-11-26")

            let history = try await browser.get("/dashboard/checkins")
            let html = history.body.string
            #expect(html.contains("Saved: your check-in of 26 November 2026."))
            #expect(html.contains("morning light"))
            // One chart for the one series, titled, described, with both points and their values.
            #expect(html.components(separatedBy: "<svg class=\"progress-chart\"").count == 2)
            #expect(html.contains(#"<title id="chart-self-rating-1-title">"#))
            let values = PageBrowsing.matches(#"<text class="point-value"[^>]*>([^<]*)</text>"#, in: html).map { $0[1] }
            let cells = PageBrowsing.matches(#"<table class="progress-table">.*?<tbody>(.*?)</tbody>"#, in: html)
                .first.map { PageBrowsing.matches(#"<td>([^<]*)</td>"#, in: $0[1]).map { $0[1] } }
            #expect(values == ["3", "1"])
            #expect(cells == values)
            // Two levels down, and the self-rating counts one level as meaningful.
            #expect(html.contains("The latest is 2 levels lower (less visible) than the first."))
            #expect(html.contains("That is a meaningful change by this scale’s rule (1 level or more)."))
            // Newest first in the table of every check-in.
            let dates = PageBrowsing.matches(#"<table class="checkin-table">.*?</table>"#, in: html).first.map {
                PageBrowsing.matches(#"<th scope="row">([^<]*)</th>"#, in: $0[0]).map { $0[1] }
            }
            #expect(dates == ["26 November 2026", "1 October 2026"])
        }
    }

    @Test func aMistakeKeepsEveryAnswerAndStoresNothing() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            let notes = String(repeating: "é", count: 2_001)
            let refused = try await Self.keep(
                browser, Self.hexselResult, date: "2999-01-01", notes: notes, site: "elbow")
            #expect(refused.status == .badRequest)
            let html = refused.body.string
            #expect(html.contains("The date must be today or earlier"))
            #expect(html.contains("Choose where you did the check"))
            #expect(html.contains("Notes must be 2,000 characters or fewer; these have 2,001"))
            #expect(html.contains(#"value="2999-01-01""#))
            #expect(html.contains(notes))
            #expect(try Self.hiddenFields(of: html).contains { $0 == ("a", "2") })
            let malformed = try await Self.keep(browser, Self.hexselResult, date: "1 Oct")
            #expect(malformed.body.string.contains("Enter a real date, like 2026-11-30"))
            let history = try await browser.get("/dashboard/checkins")
            #expect(Self.checkInIDs(in: history.body.string).isEmpty)
            #expect(history.body.string.contains("No check-in yet."))
        }
    }

    @Test func sitesAndScalesGetChartsOfTheirOwn() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            _ = try await Self.keep(browser, Self.hexselResult, date: "2026-10-01", site: "left-thigh")
            _ = try await Self.keep(browser, Self.hexselResult, date: "2026-10-02", site: "right-buttock")
            _ = try await Self.keep(browser, Self.selfRatingResult + "2", date: "2026-10-03")
            let html = try await browser.get("/dashboard/checkins").body.string
            #expect(html.components(separatedBy: "<svg class=\"progress-chart\"").count == 4)
            #expect(html.contains("Hexsel Cellulite Severity Scale, version 2009, left thigh"))
            #expect(html.contains("Hexsel Cellulite Severity Scale, version 2009, right buttock"))
            #expect(html.contains("they are never put on one chart"))
            // The Hexsel total of these answers: 2 + 1 + 1 + 2 + stage II.
            #expect(html.contains("8 of 15: moderate"))
        }
    }

    @Test func aCheckInCanBeChangedAnsweredAgainAndDeleted() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            _ = try await Self.keep(browser, Self.selfRatingResult + "3", date: "2026-10-01", notes: "first")
            let id = try #require(Self.checkInIDs(in: try await browser.get("/dashboard/checkins").body.string).first)

            // New date and notes; the score stays.
            let page = try await browser.get("/dashboard/checkins/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Your check-in of 1 October 2026"))
            let changed = try await browser.post(
                "/dashboard/checkins/\(id)", [("date", "2026-10-05"), ("notes", "line one\r\nline two")],
                token: csrfToken(in: page.body.string))
            #expect(changed.status == .seeOther)
            var history = try await browser.get("/dashboard/checkins").body.string
            #expect(history.contains("5 October 2026"))
            #expect(history.contains("line one\nline two"))
            #expect(history.contains("3 of 4"))

            // Answering again: the skin check carries the id and its result replaces the answers.
            let redo = try #require(PageBrowsing.link("Answer the check again", in: page.body.string))
            #expect(redo.contains("checkin=\(id)"))
            let again = try await browser.get(Self.selfRatingResult + "1&checkin=\(id)")
            #expect(again.body.string.contains("Replace the answers of your check-in"))
            #expect(again.body.string.contains(#"value="2026-10-05""#))
            let replaced = try await Self.keep(
                browser, Self.selfRatingResult + "1&checkin=\(id)", date: "2026-10-05", notes: "again",
                action: "/dashboard/checkins/\(id)")
            #expect(replaced.status == .seeOther)
            history = try await browser.get("/dashboard/checkins").body.string
            #expect(history.contains("1 of 4"))
            #expect(Self.checkInIDs(in: history) == [id])

            // Deleting asks first, then removes it.
            let ask = try await browser.get("/dashboard/checkins/\(id)/delete")
            #expect(ask.body.string.contains("Delete your check-in of 5 October 2026?"))
            let deleted = try await browser.post(
                "/dashboard/checkins/\(id)/delete", [], token: csrfToken(in: ask.body.string))
            #expect(deleted.status == .seeOther)
            history = try await browser.get("/dashboard/checkins").body.string
            #expect(history.contains("Deleted: your check-in of 5 October 2026."))
            #expect(Self.checkInIDs(in: history).isEmpty)
            #expect(try await browser.get("/dashboard/checkins/\(id)").status == .notFound)
        }
    }

    /// Every check-in page as an anonymous visitor, as another account and as the owner.
    @Test func onlyTheOwnerReachesACheckIn() async throws {
        try await withTestApp { app in
            let owner = try await AccountSettingsPageTests.signedIn(app)
            _ = try await Self.keep(owner, Self.selfRatingResult + "2", date: "2026-10-01", notes: "owner's note")
            let id = try #require(Self.checkInIDs(in: try await owner.get("/dashboard/checkins").body.string).first)
            let other = try await AccountSettingsPageTests.signedIn(app, "other@example.com")
            let token = try #require(csrfToken(in: try await other.get("/dashboard").body.string))

            let pages = ["/dashboard/checkins/\(id)", "/dashboard/checkins/\(id)/delete"]
            for path in pages {
                let anonymous = try await Browser(app).get(path)
                #expect(anonymous.status == .seeOther, "\(path)")
                #expect(anonymous.headers.first(name: .location) == "/account/log-in", "\(path)")
                let seen = try await other.get(path)
                #expect(seen.status == .notFound, "\(path)")
                #expect(!seen.body.string.contains("owner's note"), "\(path)")
                let posted = try await other.post(path, [("date", "2026-10-02"), ("notes", "changed")], token: token)
                #expect(posted.status == .notFound, "POST \(path)")
            }
            // The skin check redone for someone else's check-in: 404, not a form for it.
            #expect(try await other.get(Self.selfRatingResult + "1&checkin=\(id)").status == .notFound)
            let mine = try await other.get("/dashboard/checkins").body.string
            #expect(!mine.contains("owner&#39;s note") && !mine.contains("owner's note"))
            // The owner's check-in lived through it unchanged.
            let kept = try await owner.get("/dashboard/checkins/\(id)").body.string
            #expect(kept.contains("owner&#39;s note"))
            #expect(kept.contains("1 October 2026"))
        }
    }

    @Test func theDashboardShowsTheLatestSeriesAndTicksAnEarlierDay() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let form = try await browser.get("/account/sign-up")
            _ = try await browser.post(
                "/account/sign-up",
                [
                    ("email", "ana@example.com"), ("password", AccountPageTests.password), ("age", "34"),
                    ("areas", "thighs"), ("setting", "home"),
                ],
                token: csrfToken(in: form.body.string))
            _ = try await Self.keep(browser, Self.selfRatingResult + "2", date: "2026-10-01")
            let dashboard = try await browser.get("/dashboard").body.string
            #expect(dashboard.contains("Latest check-in: Self-rating 2 of 4: mild, on 1 October 2026."))
            #expect(dashboard.contains("Next check-in: 29 October 2026."))
            #expect(dashboard.contains(#"<svg class="progress-chart""#))

            // An earlier day through `?day=` (before this routine began, so nothing to tick); a future
            // day shows today instead.
            let today = try #require(dashboard.firstMatch(of: /name="date" value="(\d{4}-\d\d-\d\d)"/)?.1)
            let picked = try #require(dashboard.firstMatch(of: /id="day" name="day" value="(\d{4}-\d\d-\d\d)"/)?.1)
            #expect(picked == today)
            let earlierPage = try await browser.get("/dashboard?day=2026-01-01").body.string
            #expect(earlierPage.contains(#"<h2 id="today-heading">1 January 2026</h2>"#))
            #expect(earlierPage.contains(#"id="day" name="day" value="2026-01-01""#))
            #expect(PageBrowsing.link("Back to today", in: earlierPage) == "/dashboard")
            // Saving that day comes back to it, not to today.
            let saved = try await browser.post(
                "/dashboard/routine", [("date", "2026-01-01")], token: csrfToken(in: earlierPage))
            #expect(saved.headers.first(name: .location) == "/dashboard?day=2026-01-01")
            let back = try await browser.get("/dashboard?day=2026-01-01").body.string
            #expect(back.contains("Saved: the routine of 1 January 2026 is recorded."))
            let future = try await browser.get("/dashboard?day=2999-01-01").body.string
            #expect(future.contains(#"name="date" value="\#(today)""#))
            #expect(future.contains("That day could not be shown"))
        }
    }

    /// A long history: the dashboard charts the latest 26 and claims no change from the first;
    /// the history page has every one and the change from the very first.
    @Test func theDashboardChartsTheRecentCheckInsOnly() async throws {
        try await withTestApp { app in
            let browser = try await AccountSettingsPageTests.signedIn(app)
            for day in 1...27 {
                let date = "2026-0\(day <= 20 ? 8 : 9)-\(String(format: "%02d", day <= 20 ? day : day - 20))"
                _ = try await Self.keep(browser, Self.selfRatingResult + (day == 1 ? "4" : "2"), date: date)
            }
            let dashboard = try await browser.get("/dashboard").body.string
            #expect(dashboard.contains("Your most recent check-ins: 26 check-ins from 2 August 2026"))
            #expect(dashboard.contains("The change since your first check-in is on the page of all your check-ins."))
            #expect(PageBrowsing.matches(#"<circle class="series-point""#, in: dashboard).count == 26)
            let history = try await browser.get("/dashboard/checkins").body.string
            #expect(history.contains("27 check-ins from 1 August 2026"))
            #expect(history.contains("The latest is 2 levels lower (less visible) than the first."))
        }
    }
}
