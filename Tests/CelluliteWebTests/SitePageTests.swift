import CelluliteKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// What every page owes a person: the site's layout (error pages too), a next step, no internal
/// codes or slugs, jargon explained, prices and approvals that say whose they are, and an About page.
@Suite struct SitePageTests {
    /// Pages in error states, which used to be bare.
    static let errorPages: [(method: HTTPMethod, path: String, status: HTTPStatus, heading: String)] = [
        (.GET, "/no-such-page", .notFound, "Page not found"),
        (.GET, "/treatments/no-such-treatment", .notFound, "Page not found"),
        (.POST, "/csrf-test", .forbidden, "This form has expired"),
        (.POST, "/assess", .methodNotAllowed, "There is a problem with your request"),
        (.GET, "/assess/result?scale=hexsel-css&a=9", .badRequest, "We could not read this result"),
        (.GET, "/plan/questions", .badRequest, "We could not read your answers"),
    ]

    static func layoutProblems(_ html: String, lastReviewed: String) -> [String] {
        let needles = [
            "<html lang=\"en\"", "<header class=\"site-header\"", "<nav aria-label=\"Main\"", "<main id=\"main\"",
            "<footer", "class=\"skip-link\" href=\"#main\"", "Information, not diagnosis.", "/css/app.css",
            "datetime=\"\(lastReviewed)\"", "<summary class=\"menu-toggle\"", "href=\"/about\"", "href=\"/sources\"",
        ]
        return needles.filter { !html.contains($0) }
    }

    @Test func everyPageHasTheSiteLayoutErrorPagesIncluded() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            CSRFTests.addTestForm(app)
            for (method, path, status, heading) in Self.errorPages {
                try await app.testing().test(
                    method, path,
                    beforeRequest: { request in
                        if method == .POST { try request.content.encode(["a": "b"], as: .urlEncodedForm) }
                    }
                ) { response in
                    #expect(response.status == status, "\(method) \(path)")
                    #expect(response.contentType.hasPrefix("text/html"), "\(path)")
                    let html = response.body.string
                    #expect(Self.layoutProblems(html, lastReviewed: kb.meta.lastReviewed).isEmpty, "\(path)")
                    #expect(html.contains("<h1>\(heading)</h1>"), "\(path)")
                    #expect(html.contains("<title>\(heading) – Cellulite Advisor</title>"), "\(path)")
                }
            }
            for (path, _) in PageTests.pages {
                let page = try await app.fetch(path)
                #expect(Self.layoutProblems(page.html, lastReviewed: kb.meta.lastReviewed).isEmpty, "\(path)")
            }
        }
    }

    @Test func theAboutPageSaysWhoWhatHowAndHowToReportAnError() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            let page = try await app.fetch("/about")
            #expect(page.status == .ok)
            let text = page.text
            for needle in [
                "Cellulite Advisor team", "not a clinic", "nothing on the site is a diagnosis",
                "last reviewed on \(Self.inWords(kb.meta.lastReviewed))", "\(kb.treatments.count) treatments",
                "\(kb.citations.count) sources", "Every claim links to the source", "question mark",
                "not funded", "no ads", "no affiliate links", "no trackers", "US dollars",
                "US Food and Drug Administration (FDA)", "Open an issue in the project’s repository",
            ] {
                #expect(text.contains(needle), "About lacks \(needle)")
            }
            #expect(page.html.contains("<time datetime=\"\(kb.meta.lastReviewed)\">"))
            #expect(page.html.contains("href=\"/sources#grading\""))
            #expect(page.html.contains("<a href=\"/about\" aria-current=\"page\">About</a>"))
            // No placeholder address posing as a contact.
            #expect(!text.contains("@"))
            #expect(!text.lowercased().contains("example.com"))
            // It is linked from the footer of every page.
            let home = try await app.fetch("/")
            let footer = try #require(home.html.range(of: "<footer"))
            #expect(home.html[footer.lowerBound...].contains("href=\"/about\""))
        }
    }

    /// "2026-11-26" → "26 November 2026".
    static func inWords(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let month = months[parts[1] - 1]
        return "\(parts[2]) \(month) \(parts[0])"
    }

    /// Every page a person can reach, in several states.
    static func allPages(_ kb: KnowledgeBase) -> [String] {
        PageTests.pages.map(\.0)
            + kb.treatments.map { "/treatments/\($0.id)" }
            + kb.meta.exampleQuestions.map {
                "/ask?q=\($0.question.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            }
            + [
                "/plan?age=34&conditions=pregnant&conditions=skin-infection&conditions=anticoagulants&fitzpatrick=6",
                "/plan?age=16&conditions=disordered-eating&conditions=high-distress&setting=home",
                "/plan?age=34&conditions=implanted-electronics&conditions=leg-swelling&allergies=lidocaine&daysUntilEvent=2",
                "/plan?age=abc", "/treatments?evidence=moderate", "/products?active=vitamin-a",
                "/assess?scale=hexsel-css&go=A", "/assess?scale=hexsel-css&a=1&b=1&c=1&d=1&go=observations",
                "/assess?scale=self-rating&go=level", "/ask?q=what+is+the+capital+of+mongolia",
            ]
    }

    @Test func noPageShowsASlugOrARuleCode() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        // Hyphenated slugs, less those that are also ordinary words ("apply self-tanner").
        let words: Set = ["self-tanner", "muscle-stimulation", "self-rating"]
        let slugs =
            (kb.treatments.map(\.id) + Profile.Condition.allCases.map(\.rawValue)
            + Profile.Allergy.allCases.map(\.rawValue)
            + SeverityScaleID.allCases.map(\.rawValue)).filter { $0.contains("-") && !words.contains($0) }
            + ["PR-PCSS", "(safety rule", "safety rule R"]
        let ruleCode = try NSRegularExpression(pattern: #"\bR[0-9]{1,2}\b"#)
        try await withTestApp { app in
            for path in Self.allPages(kb) {
                // Reference lists quote their sources' titles as published; everything else is ours.
                let html = try await app.fetch(path).html.replacingOccurrences(
                    of: #"<ol class="sources">.*?</ol>"#, with: "", options: .regularExpression)
                // A page's own address, shown for printing, holds answer values by design.
                let text = PageBrowsing.visibleText(html).replacingOccurrences(
                    of: #"\S*\?\S*=\S*"#, with: " ", options: .regularExpression)
                for slug in slugs {
                    #expect(!text.contains(slug), "\(path) shows \(slug)")
                }
                let code = ruleCode.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                #expect(
                    code == nil,
                    "\(path) shows a rule code: \(code.map { (text as NSString).substring(with: $0.range) } ?? "")")
            }
        }
    }

    @Test func treatmentPagesEndWithAWayIntoThePlan() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            for treatment in kb.treatments {
                let html = try await app.fetch("/treatments/\(treatment.id)").html
                let next = try #require(html.range(of: "id=\"next-step\""), "\(treatment.id)")
                #expect(PageBrowsing.link("See whether this fits you", in: html) == "/plan", "\(treatment.id)")
                // After everything about the treatment, before the reference list.
                for earlier in ["id=\"risks\"", "id=\"regulatory\""] {
                    #expect(html.range(of: earlier).map { $0.lowerBound < next.lowerBound } == true, "\(treatment.id)")
                }
                #expect(html.range(of: "id=\"sources\"").map { next.lowerBound < $0.lowerBound } == true)
            }
        }
    }

    @Test func anIDontKnowAnswerOffersThePlan() async throws {
        try await withTestApp { app in
            let page = try await app.fetch("/ask?q=how+do+I+fix+my+car")
            #expect(page.text.contains("I don’t know"))
            #expect(PageBrowsing.link("get a plan that fits you", in: page.html) == "/plan")
        }
    }

    @Test func jargonIsExplainedOnFirstUse() async throws {
        try await withTestApp { app in
            let cellfina = try await app.fetch("/treatments/cellfina").text
            for (term, explanation) in [
                ("510(k)", "510(k) means the FDA’s clearance route"), ("BMI", "BMI means body mass index"),
                ("21 CFR", "21 CFR means Title 21 of the US Code of Federal Regulations"),
                ("FDA", "FDA means the US Food and Drug Administration"),
            ] {
                let first = try #require(cellfina.range(of: term), "\(term) is used")
                let explained = try #require(cellfina.range(of: explanation), "\(term) is explained")
                // Explained once, within a sentence or two of its first use.
                #expect(cellfina.distance(from: first.upperBound, to: explained.lowerBound) < 400, "\(term)")
                #expect(cellfina.components(separatedBy: explanation).count == 2, "\(term) is explained once")
            }
            #expect(cellfina.contains("SORT grade"))
            #expect(cellfina.contains("(A is strong, C is weak)"))
            #expect(cellfina.contains("GRADE certainty"))
            let tanner = try await app.fetch("/treatments/self-tanner").text
            #expect(tanner.contains("21 CFR means"))
            let sources = try await app.fetch("/sources").text
            #expect(sources.contains("What do the terms in these sources mean?"))
            #expect(sources.contains("Product code"))
        }
    }

    @Test func pricesAndApprovalsSayWhoseTheyAre() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        try await withTestApp { app in
            for treatment in kb.treatments {
                let text = try await app.fetch("/treatments/\(treatment.id)").text
                #expect(text.contains("Regulatory status in the US"), "\(treatment.id)")
                #expect(text.contains("Status in the United States:"), "\(treatment.id)")
                if treatment.cost.isKnown {
                    #expect(text.contains("in US dollars"), "\(treatment.id)")
                    let years = treatment.cost.citations.compactMap { kb.citation($0)?.year }
                    if let year = years.first {
                        #expect(text.contains("as quoted in \(year)"), "\(treatment.id)")
                    } else {
                        #expect(text.contains("the source gives no date"), "\(treatment.id)")
                    }
                }
            }
            let list = try await app.fetch("/treatments").text
            #expect(list.contains("in US dollars"))
        }
    }

    /// A merge once left a bare "=======" in app.css, which silently dropped the rule after it.
    @Test func theStylesheetsHoldNoMergeLeftovers() async throws {
        try await withTestApp { app in
            for path in ["/css/app.css", "/css/print.css"] {
                let css = try await app.fetch(path).html
                let leftovers = css.split(separator: "\n").filter { line in
                    ["<<<<<<<", "=======", ">>>>>>>"].contains { line.hasPrefix($0) }
                }
                #expect(leftovers.isEmpty, "\(path): \(leftovers)")
                if path == "/css/app.css" { #expect(css.contains(".header-inner {\n  position: relative;")) }
            }
        }
    }

    @Test func theReviewsMinorDefectsAreFixed() async throws {
        try await withTestApp { app in
            let products = try await app.fetch("/products")
            #expect(products.html.contains("<span class=\"product-brand\">Charlotte Tilbury</span> Supermodel Body"))
            #expect(products.text.contains("Charlotte Tilbury Supermodel Body"))
            #expect(products.text.contains("Vitamin A"))
            #expect(!products.text.contains("Vitamin a"))
            let filtered = try await app.fetch("/products?active=vitamin-a")
            #expect(filtered.text.contains("contain vitamin A."))
            let home = try await app.fetch("/")
            #expect(!home.text.contains("·"))
            #expect(home.html.contains("<ul class=\"secondary-links\">"))
        }
    }
}
