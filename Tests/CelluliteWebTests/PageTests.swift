import CelluliteKit
import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The HTML pages: every route answers with its key content, forms keep answers on error, and
/// every page carries the shared furniture (landmarks, skip link, disclaimer, footer).
@Suite struct PageTests {
    static let plainPlan = "/plan?age=34&areas=thighs&areas=buttocks&concern=dimples&daysUntilEvent=3&budgetUSD=100"

    /// Path → text the page must contain.
    static let pages: [(String, [String])] = [
        (
            "/",
            [
                "What is cellulite?", "<svg", "<title id=\"diagram-title\">", "Releases the bands", "Reduces fat",
                "Firms the skin", "Fills dimples", "Camouflages", "What can you honestly expect?", "href=\"/plan\"",
            ]
        ),
        ("/plan", ["Step 1 of 4", "How old are you?", "name=\"age\"", "Why we ask", "method=\"get\"", "Continue"]),
        ("/plan/your-cellulite", ["Step 2 of 4", "name=\"areas\"", "name=\"concern\"", "name=\"severityScale\""]),
        ("/plan/event-and-limits", ["Step 3 of 4", "type=\"date\"", "name=\"eventDate\"", "name=\"budgetUSD\""]),
        ("/plan/skin-and-health", ["Step 4 of 4", "name=\"conditions\"", "name=\"allergies\"", "Why we ask"]),
        (
            plainPlan,
            [
                "Your plan", "Before your event", "Every day at home", "Ask your dermatologist",
                "Options left out", "<details", "Questions for your dermatologist", "Print this plan",
            ]
        ),
        ("/plan/check?age=34&budgetUSD=100", ["Check your answers", "34 years", "$100", "Show my plan"]),
        ("/plan/print?age=34&budgetUSD=100", ["Your plan", "This plan’s address:", "Back to your plan"]),
        ("/plan/questions?age=34", ["Questions for your dermatologist", "About me"]),
        (
            "/treatments",
            [
                "Treatments for cellulite", "name=\"setting\"", "name=\"mechanism\"", "name=\"evidence\"",
                "href=\"/treatments/cellfina\"",
            ]
        ),
        (
            "/treatments/cellfina",
            [
                "Cellfina", "How good is the evidence?", "What are the risks", "Regulatory status",
                "https://doi.org/", "Sources",
            ]
        ),
        ("/treatments/qwo", ["This treatment is no longer available", "Discontinued"]),
        ("/treatments/sculptra", ["Off-label for cellulite"]),
        ("/products", ["Products", "name=\"active\"", "What is not known"]),
        ("/products?active=caffeine", ["contain caffeine"]),
        ("/ask", ["Ask a question about cellulite", "name=\"q\"", "Questions people ask"]),
        ("/ask?q=does+losing+weight+get+rid+of+cellulite", ["What the evidence says", "Sources:"]),
        ("/assess", ["Check your skin", "method=\"get\"", "action=\"/assess\"", "name=\"scale\""]),
        (
            "/assess/result?scale=self-rating&level=2",
            [
                "Your result", "Cellulite self-rating", "version 1", "0–4, higher = more severe",
                "What change would be meaningful?",
            ]
        ),
        (
            "/assess/result?scale=hexsel-css&a=1&b=2&c=1&d=0&standing=dimpled&lying=smooth&pinch=positive",
            ["Hexsel Cellulite Severity Scale", "version 2009", "0–15, higher = more severe", "“moderate”"]
        ),
        ("/assess/result?scale=nurnberger-muller&standing=smooth&lying=smooth&pinch=positive", ["Stage I"]),
        ("/sources", ["All sources", "What do the evidence badges mean?"]),
        ("/about", ["About Cellulite Advisor", "Who pays for it?"]),
    ]

    @Test func everyPageAnswersWithItsKeyContent() async throws {
        try await withTestApp { app in
            for (path, needles) in Self.pages {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.contentType.hasPrefix("text/html"), "\(path)")
                    let html = response.body.string
                    for needle in needles {
                        #expect(html.contains(needle), "\(path) lacks \(needle)")
                    }
                }
            }
        }
    }

    @Test func everyPageHasTheSharedFurniture() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            for (path, _) in Self.pages {
                try await app.testing().test(.GET, path) { response in
                    let html = response.body.string
                    for needle in [
                        "<html lang=\"en\"", "<header", "<nav aria-label=\"Main\"", "<main id=\"main\"", "<footer",
                        "class=\"skip-link\" href=\"#main\"", "Information, not diagnosis.", "if anything worries you",
                        "datetime=\"\(kb.meta.lastReviewed)\"", "href=\"/sources\"", "/css/app.css", "/css/print.css",
                        "media=\"print\"",
                    ] {
                        #expect(html.contains(needle), "\(path) lacks \(needle)")
                    }
                    // Nothing is loaded from another host: no external stylesheet, script, image or frame.
                    for pattern in ["src=\"http", "src=\"//", "<script", "<iframe", "rel=\"stylesheet\" href=\"http"] {
                        #expect(!html.contains(pattern), "\(path) has \(pattern)")
                    }
                    #expect(
                        response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
                }
            }
        }
    }

    @Test func everyNavigationLinkLeadsToAPage() async throws {
        try await withTestApp { app in
            for path in ["/", "/plan", "/treatments", "/products", "/ask", "/assess", "/sources"] {
                try await app.testing().test(.GET, "/") { response in
                    #expect(response.body.string.contains("href=\"\(path)\""), "no link to \(path)")
                }
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test func eachPageMarksItselfCurrentInTheNavigation() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/treatments") { response in
                #expect(response.body.string.contains("<a href=\"/treatments\" aria-current=\"page\">Treatments</a>"))
            }
        }
    }

    @Test func badPlanAnswersShowTheErrorSummaryAndKeepTheRest() async throws {
        try await withTestApp { app in
            let path =
                "/plan?age=abc&sex=male&areas=hips&budgetUSD=150&daysUntilEvent=-4&conditions=pregnant&fitzpatrick=5"
            // The first step with a problem opens; the summary names every problem, linking to
            // the field here and to the step that asks the others.
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .badRequest)
                let html = response.body.string
                #expect(html.contains("There is a problem with your answers"))
                #expect(html.contains("<title>Error: "))
                #expect(html.contains("href=\"#field-age\""))
                #expect(html.contains("#field-eventDate\""))
                #expect(html.contains("href=\"/plan/event-and-limits?age=abc&amp;sex=male"))
                #expect(html.contains("id=\"field-age-error\""))
                #expect(html.contains("Enter your age as a whole number from 13 to 110, like 34."))
                #expect(html.contains("The number of days until your event in this link is not valid."))
                #expect(html.contains("aria-invalid=\"true\""))
                // Everything else is kept, including the bad values themselves.
                #expect(html.contains("value=\"abc\""))
                #expect(html.contains("value=\"male\" checked"))
                #expect(!html.contains("value=\"female\" checked"))
                for kept in [
                    "name=\"budgetUSD\" value=\"150\"", "name=\"daysUntilEvent\" value=\"-4\"",
                    "name=\"areas\" value=\"hips\"", "name=\"conditions\" value=\"pregnant\"",
                    "name=\"fitzpatrick\" value=\"5\"",
                ] {
                    #expect(html.contains("type=\"hidden\" \(kept)"), "\(kept) is not carried")
                }
            }
            // At its own step the bad event answer shows beside the date question.
            try await app.testing().test(
                .GET, "/plan/event-and-limits?age=34&eventDate=soon&budgetUSD=150&conditions=pregnant&submitted=x"
            ) { response in
                #expect(response.status == .badRequest)
                let html = response.body.string
                #expect(html.contains("There is a problem with your answer<"))
                #expect(html.contains("id=\"field-eventDate-error\""))
                #expect(html.contains("value=\"soon\""))
                #expect(html.contains("name=\"budgetUSD\" value=\"150\""))
                #expect(html.contains("type=\"hidden\" name=\"conditions\" value=\"pregnant\""))
            }
        }
    }

    @Test func aMissingAgeAsksForIt() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/plan?age=&sex=female&setting=any") { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("Enter your age, like 34."))
            }
        }
    }

    @Test func blankAnswersRedirectToTheShortPlanAddress() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/plan?age=34&sex=female&budgetUSD=&severityScale=&setting=any&junk=1") {
                response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/plan?age=34&sex=female&setting=any")
            }
        }
    }

    @Test func redFlagsComeFirstInAnImportantBox() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/plan?age=34&conditions=pain-or-easy-bruising") { response in
                let html = response.body.string
                guard let flags = html.range(of: "id=\"red-flags\""), let first = html.range(of: "id=\"before-event\"")
                else {
                    Issue.record("no red flags box or no plan sections")
                    return
                }
                #expect(flags.lowerBound < first.lowerBound)
                #expect(html.contains("Important: "))
            }
        }
    }

    @Test func everyCatalogTreatmentAppearsOnceInThePlan() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            try await app.testing().test(.GET, Self.plainPlan) { response in
                let html = response.body.string
                for treatment in kb.treatments {
                    #expect(
                        html.contains("href=\"/treatments/\(treatment.id)\""), "\(treatment.id) missing from the plan")
                }
            }
        }
    }

    @Test func unknownTreatmentIsA404Page() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/treatments/not-a-treatment") { response in
                #expect(response.status == .notFound)
                #expect(response.contentType.hasPrefix("text/html"))
                let html = response.body.string
                #expect(html.contains("Page not found"))
                #expect(html.contains("href=\"/treatments\""))
                #expect(html.contains("<nav aria-label=\"Main\""))
            }
        }
    }

    @Test func treatmentFiltersNarrowTheList() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            try await app.testing().test(.GET, "/treatments?setting=home&mechanism=camouflage&evidence=any") {
                response in
                #expect(response.status == .ok)
                let html = response.body.string
                for treatment in kb.treatments {
                    let shown = html.contains("href=\"/treatments/\(treatment.id)\"")
                    let expected = treatment.setting == .home && treatment.mechanisms.contains(.camouflage)
                    #expect(shown == expected, "\(treatment.id)")
                }
            }
        }
    }

    @Test func askSaysIDontKnowOutsideItsScope() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/ask?q=what+is+the+capital+of+mongolia") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("I don’t know"))
            }
        }
    }

    @Test func anEmptyQuestionIsAnError() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/ask?q=+") { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("There is a problem"))
                #expect(response.body.string.contains("href=\"#field-q\""))
            }
        }
    }

    @Test func userInputIsEscaped() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/ask?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E") { response in
                let html = response.body.string
                #expect(!html.contains("<script>alert(1)"))
                #expect(!html.contains("\"><script"))
                #expect(html.contains("&quot;&gt;&lt;script&gt;"))
            }
            try await app.testing().test(.GET, "/plan?age=%22%3E%3Cb%3Ex") { response in
                #expect(!response.body.string.contains("\"><b>x"))
            }
        }
    }

    @Test func aBrokenResultLinkIsExplained() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/assess/result?scale=hexsel-css&a=9") { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("Start the check"))
            }
        }
    }

    @Test func theStylesheetsAreServed() async throws {
        try await withTestApp { app in
            for path in ["/css/app.css", "/css/print.css", "/favicon.svg"] {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

}
