import CelluliteKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// The skin check as a journey of GET steps: it finishes without any cookie, Back is a plain GET,
/// the result leads with reassurance, every answer can be changed, and the score goes into the
/// plan with the other plan answers kept.
@Suite struct SkinCheckPageTests {
    static let planAnswers = "age=34&areas=thighs&areas=buttocks&concern=dimples&daysUntilEvent=3"

    /// Walks the full Hexsel check from `start` by submitting each form as a browser would.
    /// Answers 2, 1, 2, 0 and stage II: a total of 7.
    static func walkHexsel(_ app: Application, from start: String = "/assess") async throws -> (
        result: FetchedPage, resultPath: String, visited: [FetchedPage]
    ) {
        var visited: [FetchedPage] = []
        var page = try await app.fetch(start)
        visited.append(page)
        let answers: [[String: String]] = [
            ["scale": "hexsel-css"], ["a": "2"], ["b": "1"], ["c": "2"], ["d": "0"],
            ["standing": "dimpled", "lying": "smooth", "pinch": "positive"],
        ]
        for choice in answers {
            #expect(page.status == .ok, "\(page.text.prefix(200))")
            let next = try #require(PageBrowsing.submit(page.html, choosing: choice))
            page = try await app.fetch(next)
            visited.append(page)
        }
        #expect(page.status == .seeOther)
        let resultPath = try #require(page.location)
        let result = try await app.fetch(resultPath)
        visited.append(result)
        return (result, resultPath, visited)
    }

    @Test func theWizardFinishesWithNoCookieAtAll() async throws {
        try await withTestApp { app in
            let (result, resultPath, visited) = try await Self.walkHexsel(app)
            #expect(resultPath.hasPrefix("/assess/result?scale=hexsel-css&a=2&b=1&c=2&d=0"))
            #expect(result.status == .ok)
            #expect(result.text.contains("Your total on the Hexsel scale: 7 out of 15."))
            for page in visited {
                #expect(!page.setsCookie, "a step set a cookie")
                #expect(!page.html.contains("csrfToken"), "a step carries a session token")
                #expect(!page.html.contains("method=\"post\""), "a step posts")
            }
            #expect(visited.filter { $0.html.contains("Step ") }.count == 5)
        }
    }

    @Test func stepsAreGETsThatBackCanReload() async throws {
        try await withTestApp { app in
            // Step C, reached with A and B answered: its Back link is a GET of step B with B's answer kept.
            let stepC = try await app.fetch("/assess?scale=hexsel-css&a=2&b=1&from=B&go=next")
            #expect(stepC.status == .ok)
            #expect(stepC.text.contains("Step 3 of 5"))
            #expect(stepC.html.contains("<form method=\"get\" action=\"/assess\""))
            let back = try #require(PageBrowsing.link("Back", in: stepC.html))
            let stepB = try await app.fetch(back)
            #expect(stepB.status == .ok)
            #expect(stepB.text.contains("Step 2 of 5"))
            #expect(stepB.html.contains("name=\"b\" value=\"1\" checked"))
            #expect(stepB.html.contains("type=\"hidden\" name=\"a\" value=\"2\""))
            // Fetching the same step twice (Back, reload) gives the same page: nothing was consumed.
            let again = try await app.fetch(back)
            #expect(again.html == stepB.html)
            // The first step's Back goes to the choice of check, with the choice kept.
            let stepA = try await app.fetch("/assess?scale=hexsel-css&from=choose&go=next")
            let choose = try await app.fetch(try #require(PageBrowsing.link("Back", in: stepA.html)))
            #expect(choose.html.contains("value=\"hexsel-css\" checked"))
            // No skin check or plan route takes a POST: only the account forms do.
            let posts = app.routes.all.filter { $0.method == .POST && $0.path.first?.description != "api" }
                .map { "/" + $0.path.map(\.description).joined(separator: "/") }
            #expect(posts.filter { $0.hasPrefix("/assess") || $0.hasPrefix("/plan") }.isEmpty, "\(posts)")
            #expect(
                Set(posts) == [
                    "/account/sign-up", "/account/log-in", "/account/log-out", "/account/plan", "/dashboard/routine",
                    "/account/password", "/account/delete", "/dashboard/checkins", "/dashboard/checkins/:checkin",
                    "/dashboard/checkins/:checkin/delete", "/dashboard/photos", "/dashboard/photos/:photo/delete",
                    "/dashboard/photos/ratings", "/dashboard/photos/ratings/:rating",
                ])
        }
    }

    @Test func aMissingAnswerIsAnErrorOnTheSameStepWithEverythingKept() async throws {
        try await withTestApp { app in
            let page = try await app.fetch("/assess?scale=hexsel-css&a=2&b=1&from=C&go=next")
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#field-c\""))
            #expect(page.text.contains("Choose the answer closest to what you see: raised areas."))
            #expect(page.html.contains("type=\"hidden\" name=\"b\" value=\"1\""))
            #expect(page.html.contains("<title>Error: "))
            // Choosing no check at all.
            let none = try await app.fetch("/assess?from=choose&go=next")
            #expect(none.status == .badRequest)
            #expect(none.text.contains("Choose which check you want to do."))
            // A step never reached is shown plainly, not as a mistake.
            let unreached = try await app.fetch("/assess?scale=hexsel-css&a=2&from=A&go=result")
            #expect(unreached.status == .ok)
            #expect(unreached.text.contains("Step 2 of 5"))
            #expect(!unreached.html.contains("error-summary"))
            // Dimples lying down but not standing fit no stage.
            let odd = try await app.fetch(
                "/assess?scale=nurnberger-muller&standing=smooth&lying=dimpled&pinch=negative&from=observations&go=next"
            )
            #expect(odd.status == .badRequest)
            #expect(odd.text.contains("fit no stage"))
        }
    }

    @Test func theResultLeadsWithReassuranceNotTheScore() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            let page = try await app.fetch(
                "/assess/result?scale=hexsel-css&a=3&b=3&c=3&d=2&standing=dimpled&lying=dimpled&pinch=positive")
            #expect(page.status == .ok)
            let text = page.text
            let reassurance = try #require(text.range(of: "Cellulite is normal"))
            let score = try #require(text.range(of: "Your total on the Hexsel scale: 14 out of 15."))
            #expect(reassurance.lowerBound < score.lowerBound)
            #expect(text.contains(kb.meta.planNotes.doingNothing.text))
            #expect(text.contains("“severe”"))
            let severe = try #require(text.range(of: "severe"))
            #expect(reassurance.lowerBound < severe.lowerBound, "the word severe comes after the reassurance")
            // The score is a sentence, not a headline number.
            #expect(!page.html.contains("<strong>14</strong>"))
            #expect(page.html.contains("<p class=\"result-score\">"))
        }
    }

    @Test func everyAnswerOnTheResultHasAChangeLinkThatReturnsToIt() async throws {
        try await withTestApp { app in
            let (result, _, _) = try await Self.walkHexsel(app)
            let changes = PageBrowsing.links("Change", in: result.html)
            #expect(changes.count == 8, "check, A–D and three observations")
            // The answers are shown as the person saw them, never the scale's own item names.
            for question in ["How many dimples (dents) can you see?", "How deep are the dimples?", "Which check"] {
                #expect(result.text.contains(question))
            }
            #expect(!result.text.contains("Morphological"))
            // Change the depth from 1 to 3: one step, then straight back to the result, total 9.
            let depth = try #require(changes.first { $0.contains("go=B") })
            let step = try await app.fetch(depth)
            #expect(step.html.contains("name=\"b\" value=\"1\" checked"))
            #expect(step.html.contains("name=\"go\" value=\"result\""))
            #expect(PageBrowsing.link("Back to your result", in: step.html) != nil)
            let sent = try await app.fetch(try #require(PageBrowsing.submit(step.html, choosing: ["b": "3"])))
            #expect(sent.status == .seeOther)
            let changed = try await app.fetch(try #require(sent.location))
            #expect(changed.text.contains("Your total on the Hexsel scale: 9 out of 15."))
            #expect(changed.text.contains("Deep dimples"))
            // Changing the check itself asks the new check's questions, then shows its result.
            let check = try #require(changes.first { $0.contains("go=choose") })
            let choose = try await app.fetch(check)
            let level = try await app.fetch(
                try #require(PageBrowsing.submit(choose.html, choosing: ["scale": "self-rating"])))
            #expect(level.html.contains("name=\"level\""))
            let done = try await app.fetch(try #require(PageBrowsing.submit(level.html, choosing: ["level": "2"])))
            let selfRated = try await app.fetch(try #require(done.location))
            #expect(selfRated.text.contains("Your own rating: 2 out of 4."))
        }
    }

    @Test func theScoreGoesIntoThePlanWithTheOtherAnswersKept() async throws {
        try await withTestApp { app in
            let (result, resultPath, _) = try await Self.walkHexsel(app, from: "/assess?\(Self.planAnswers)")
            #expect(resultPath.contains("&age=34&areas=thighs&areas=buttocks&concern=dimples&daysUntilEvent=3"))
            let planHref = try #require(PageBrowsing.link("Use this score in your plan", in: result.html))
            #expect(planHref == "/plan?\(Self.planAnswers)&severityScale=hexsel-css&severityScore=7")
            let plan = try await app.fetch(planHref)
            #expect(plan.status == .ok)
            #expect(plan.text.contains("Your plan"))
            #expect(plan.text.contains("7 on the Hexsel scale"))
            #expect(plan.text.contains("Buttocks"))
            // "Do another check" keeps the plan answers too.
            let again = try #require(PageBrowsing.link("Do another check", in: result.html))
            #expect(again == "/assess?\(Self.planAnswers)")
            // Without plan answers the link starts the plan's questions with the score filled in,
            // rather than a plan page that would greet them with "Enter your age".
            let alone = try await app.fetch("/assess/result?scale=self-rating&level=3")
            let start = try #require(PageBrowsing.link("Use this score in your plan", in: alone.html))
            #expect(start == "/plan/about-you?severityScale=self-rating&severityScore=3")
            let firstStep = try await app.fetch(start)
            #expect(firstStep.status == .ok)
            #expect(!firstStep.html.contains("error-summary"))
            #expect(firstStep.html.contains("name=\"severityScore\" value=\"3\""))
        }
    }

    @Test func theVisualItemsHaveReferenceDrawingsWithTextAlternatives() async throws {
        try await withTestApp { app in
            for (step, count) in [("B", 4), ("C", 4), ("D", 4), ("observations", 2), ("A", 0)] {
                let page = try await app.fetch("/assess?scale=hexsel-css&a=1&b=1&c=1&d=1&go=\(step)")
                #expect(page.status == .ok)
                #expect(
                    page.html.contains("<input type=\"hidden\" name=\"from\" value=\"\(step)\""), "shows step \(step)")
                let drawings = PageBrowsing.matches(#"<svg class="drawing"[^>]*>(.*?)</svg>"#, in: page.html)
                #expect(drawings.count == count, "step \(step)")
                for drawing in drawings {
                    #expect(drawing[0].contains("role=\"img\""))
                    let title = PageBrowsing.matches(#"<title id="([^"]+)">([^<]{10,})</title>"#, in: drawing[1])
                    #expect(title.count == 1, "each drawing has a text alternative")
                    if let id = title.first?[1] { #expect(drawing[0].contains("aria-labelledby=\"\(id)\"")) }
                }
                // Drawings use attributes only: a strict CSP blocks inline style and script.
                #expect(!page.html.contains("style="))
                #expect(!page.html.contains("<script"))
            }
            let texture = try await app.fetch("/assess?scale=hexsel-css&a=1&b=1&go=C")
            #expect(texture.text.contains("like a buttoned mattress"))
        }
    }

    @Test func answerZeroCarriesNoUnconfirmedWordingHint() async throws {
        try await withTestApp { app in
            for step in ["A", "B", "C", "D"] {
                let page = try await app.fetch("/assess?scale=hexsel-css&a=0&b=0&c=0&d=0&go=\(step)")
                #expect(page.html.contains("name=\"from\" value=\"\(step)\""))
                #expect(!page.text.lowercased().contains("unconfirmed"), "step \(step)")
                #expect(page.html.contains("value=\"0\""))
            }
        }
    }

    @Test func theResultShowsNoScaleSlugs() async throws {
        try await withTestApp { app in
            for path in [
                "/assess/result?scale=hexsel-css&a=1&b=2&c=1&d=0&standing=dimpled&lying=smooth&pinch=positive",
                "/assess/result?scale=self-rating&level=2",
                "/assess/result?scale=nurnberger-muller&standing=smooth&lying=smooth&pinch=positive",
            ] {
                let text = try await app.fetch(path).text
                for slug in ["hexsel-css", "nurnberger-muller", "PR-PCSS", "Stored with the score"] {
                    #expect(!text.contains(slug), "\(path) shows \(slug)")
                }
            }
        }
    }
}
