import CelluliteKit
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import CelluliteViews
@testable import CelluliteWeb

/// The plan questions a few per screen, in GET forms that carry every answer; "Check your
/// answers"; the event asked as a date against a fixed today; the plan's opening summary, its
/// print view, the question sheet and the last-plan link.
@Suite struct PlanJourneyTests {
    /// Wednesday 10 March 2027.
    static let today = CalendarDay(year: 2027, month: 3, day: 10)!

    func withJourneyApp(today: CalendarDay = Self.today, _ body: (Application) async throws -> Void) async throws {
        var settings = WebSettings.testing
        settings.clock = .fixed(today)
        try await withTestApp(settings: settings, body)
    }

    /// Follows one 303 and returns its Location.
    func location(_ app: Application, _ path: String, sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> String
    {
        var found = ""
        try await app.testing().test(.GET, path) { response in
            #expect(response.status == .seeOther, "\(path): \(response.status)", sourceLocation: sourceLocation)
            found = response.headers.first(name: .location) ?? ""
        }
        return found
    }

    func html(_ app: Application, _ path: String, status: HTTPStatus = .ok) async throws -> String {
        var body = ""
        try await app.testing().test(.GET, path) { response in
            #expect(response.status == status, "\(path)")
            body = response.body.string
        }
        return body
    }

    // MARK: The steps

    @Test func theOldFormAddressStartsTheJourney() async throws {
        try await withJourneyApp { app in
            let page = try await html(app, "/plan")
            #expect(page.contains("Step 1 of 4"))
            #expect(page.contains("<h1>About you</h1>"))
            #expect(page.contains("method=\"get\" action=\"/plan/about-you\""))
            #expect(page.contains("name=\"age\""))
            #expect(!page.contains("name=\"conditions\""), "one group of questions per screen")
        }
    }

    @Test(arguments: PlanStep.allCases)
    func nothingIsChosenThatThePersonDidNotChoose(step: PlanStep) async throws {
        try await withJourneyApp { app in
            let page = try await html(app, SiteURL.planStep(step).path)
            #expect(page.contains("Step \(step.number) of 4"))
            // A checked input reads `value="…" checked`; the hints' "get it checked" must not count.
            #expect(!page.contains("\" checked"), "\(step) pre-selects an answer")
        }
    }

    @Test func eachStepCarriesTheEarlierAnswersToTheCheckPage() async throws {
        try await withJourneyApp { app in
            var next = try await location(app, "/plan/about-you?age=34&sex=male&submitted=about-you")
            #expect(next == "/plan/your-cellulite?age=34&sex=male")
            var page = try await html(app, next)
            #expect(page.contains("type=\"hidden\" name=\"age\" value=\"34\""))
            #expect(page.contains("type=\"hidden\" name=\"sex\" value=\"male\""))
            #expect(page.contains("href=\"/plan/about-you?age=34&amp;sex=male\""), "Back keeps the answers")

            next = try await location(
                app, "/plan/your-cellulite?age=34&sex=male&areas=thighs&areas=hips&concern=dimples&submitted=x")
            #expect(next == "/plan/event-and-limits?age=34&sex=male&areas=thighs&areas=hips&concern=dimples")
            page = try await html(app, next)
            #expect(page.contains("type=\"hidden\" name=\"areas\" value=\"thighs\""))
            #expect(page.contains("type=\"hidden\" name=\"areas\" value=\"hips\""))
            #expect(page.contains("type=\"date\" id=\"field-eventDate\""))

            next = try await location(app, next + "&eventDate=2027-03-14&budgetUSD=200&submitted=x")
            #expect(next.hasPrefix("/plan/skin-and-health?"))
            page = try await html(app, next)
            #expect(page.contains("name=\"eventDate\" value=\"2027-03-14\""))
            #expect(page.contains("name=\"budgetUSD\" value=\"200\""))

            next = try await location(app, next + "&conditions=pregnant&submitted=x")
            #expect(
                next
                    == "/plan/check?age=34&sex=male&areas=thighs&areas=hips&concern=dimples&eventDate=2027-03-14&budgetUSD=200&conditions=pregnant"
            )
        }
    }

    @Test func aStepOnlyAsksItsOwnQuestionsAndHidesNoneOfThem() async throws {
        try await withJourneyApp { app in
            // Unticking every box must drop them: the step's own fields are never hidden fields.
            let page = try await html(app, "/plan/skin-and-health?age=34&conditions=pregnant&fitzpatrick=4")
            #expect(!page.contains("type=\"hidden\" name=\"conditions\""))
            #expect(!page.contains("type=\"hidden\" name=\"fitzpatrick\""))
            #expect(page.contains("value=\"pregnant\" checked"))
            #expect(page.contains("value=\"4\" checked"))
            #expect(page.contains("type=\"hidden\" name=\"age\" value=\"34\""))
        }
    }

    @Test func aBadAnswerStaysOnItsStepWithEverythingKept() async throws {
        try await withJourneyApp { app in
            let page = try await html(
                app, "/plan/about-you?age=abc&sex=male&budgetUSD=150&submitted=about-you", status: .badRequest)
            #expect(page.contains("There is a problem with your answer<"))
            #expect(page.contains("<title>Error: About you"))
            #expect(page.contains("href=\"#field-age\""))
            #expect(page.contains("id=\"field-age-error\""))
            #expect(page.contains("Enter your age as a whole number from 13 to 110, like 34."))
            #expect(page.contains("value=\"abc\""))
            #expect(page.contains("value=\"male\" checked"))
            #expect(page.contains("type=\"hidden\" name=\"budgetUSD\" value=\"150\""))
        }
    }

    @Test func aLaterStepDoesNotStopOnAnEarlierProblem() async throws {
        try await withJourneyApp { app in
            // Age is missing, but this step is fine: the check page catches it.
            let next = try await location(app, "/plan/your-cellulite?concern=fat&submitted=x")
            #expect(next == "/plan/event-and-limits?concern=fat")
            let page = try await html(app, "/plan/check?concern=fat", status: .badRequest)
            #expect(page.contains("<h1>About you</h1>"))
            #expect(page.contains("Enter your age, like 34."))
        }
    }

    // MARK: The event date

    @Test func aPastEventDateIsAnError() async throws {
        try await withJourneyApp { app in
            let page = try await html(
                app, "/plan/event-and-limits?age=34&eventDate=2027-03-01&submitted=x", status: .badRequest)
            #expect(page.contains("Monday 1 March 2027 is in the past"))
            #expect(page.contains("href=\"#field-eventDate\""))
            #expect(page.contains("value=\"2027-03-01\""))
            // A bookmarked plan whose event has passed says so too, at the date question.
            let plan = try await html(app, "/plan?age=34&eventDate=2027-03-01", status: .badRequest)
            #expect(plan.contains("is in the past"))
            #expect(plan.contains("Step 3 of 4"))
        }
    }

    @Test func yesterdayOnTheServerCanStillBeTodayForThePerson() async throws {
        try await withJourneyApp { app in
            let next = try await location(app, "/plan/event-and-limits?age=34&eventDate=2027-03-09&submitted=x")
            #expect(next.hasPrefix("/plan/skin-and-health?"))
        }
    }

    @Test(arguments: [
        ("2027-03-14", 4), ("2027-03-10", 0), ("2027-03-11", 1), ("14 March 2027", 4), ("March 14, 2027", 4),
        ("14/3/2027", 4), ("2028-03-10", 366),
    ])
    func theDateBecomesDaysUntilTheEvent(text: String, days: Int) {
        #expect(EventDate.daysUntil(text, today: Self.today) == .success(days))
    }

    @Test(arguments: [
        ("next week", EventDate.Problem.unreadable), ("3/4/2027", .ambiguous), ("2027-02-30", .unreadable),
        ("2040-01-01", .tooFar),
    ])
    func unusableDatesSayWhy(text: String, problem: EventDate.Problem) {
        #expect(EventDate.daysUntil(text, today: Self.today) == .failure(problem))
    }

    @Test func thePlanCountsTheDaysFromTheFixedToday() async throws {
        let kb = try KnowledgeBaseLoader.bundled()
        let expected = PlanEngine(knowledgeBase: kb).plan(for: Profile(age: 34, daysUntilEvent: 4))
        try await withJourneyApp { app in
            let page = try await html(app, "/plan?age=34&eventDate=2027-03-14")
            #expect(page.contains("Your event is in 4 days"))
            #expect(page.contains("Works in time for your event in 4 days"))
            for item in expected.recommendations(in: .beforeEvent) {
                #expect(page.contains("href=\"/treatments/\(item.treatment)\""))
            }
            #expect(!expected.recommendations(in: .beforeEvent).isEmpty)
        }
        try await withJourneyApp(today: CalendarDay(year: 2027, month: 3, day: 13)!) { app in
            let page = try await html(app, "/plan?age=34&eventDate=2027-03-14")
            #expect(page.contains("Your event is tomorrow"))
        }
    }

    @Test func anOldDaysLinkStillShowsThePlanAndTheDateItMeans() async throws {
        try await withJourneyApp { app in
            let plan = try await html(app, "/plan?age=34&daysUntilEvent=3")
            #expect(plan.contains("Your event is in 3 days"))
            let step = try await html(app, "/plan/event-and-limits?age=34&daysUntilEvent=3")
            #expect(step.contains("name=\"eventDate\" value=\"2027-03-13\""))
            #expect(!step.contains("type=\"hidden\" name=\"daysUntilEvent\""), "the date replaces the days")
            let both = try await location(app, "/plan?age=34&daysUntilEvent=3&eventDate=2027-03-20")
            #expect(both == "/plan?age=34&eventDate=2027-03-20")
        }
    }

    // MARK: Check your answers

    @Test func theCheckPageListsEveryAnswerWithAChangeLink() async throws {
        let query =
            "age=34&sex=female&areas=thighs&concern=texture&severityScale=self-rating&severityScore=2&eventDate=2027-03-14"
            + "&budgetUSD=300&setting=home&maxDowntimeDays=0&fitzpatrick=5&conditions=anticoagulants&allergies=fragrance"
        try await withJourneyApp { app in
            let page = try await html(app, "/plan/check?\(query)")
            #expect(page.contains("<h1>Check your answers</h1>"))
            let answers = [
                "34 years", "Female", "Thighs", "Uneven, “orange peel” texture", "2 on the self-rating scale (0 to 4)",
                "Sunday 14 March 2027 (in 4 days)", "$300", "No, only things I can do at home",
                "None: I can’t take time off", "Type 5", "I take a blood thinner", "Fragrance (perfume)",
            ]
            for answer in answers {
                #expect(page.contains(answer.textEscaped), "missing \(answer)")
            }
            #expect(!page.contains("Up to 0 days"))
            let changes = page.components(separatedBy: ">Change<").count - 1
            #expect(changes == 12)
            for step in PlanStep.allCases {
                #expect(page.contains("href=\"\(SiteURL.planStep(step).path)?"))
            }
            #expect(page.contains("return=check#field-eventDate\""))
            #expect(page.contains("href=\"/plan?\(query.replacingOccurrences(of: "&", with: "&amp;"))\""))
        }
    }

    @Test func aChangeFromTheCheckPageGoesBackThere() async throws {
        try await withJourneyApp { app in
            let page = try await html(app, "/plan/about-you?age=34&budgetUSD=100&return=check")
            #expect(page.contains("type=\"hidden\" name=\"return\" value=\"check\""))
            #expect(page.contains("Back to your answers"))
            let next = try await location(app, "/plan/about-you?age=41&budgetUSD=100&return=check&submitted=x")
            #expect(next == "/plan/check?age=41&budgetUSD=100")
        }
    }

    @Test func oldChangeLinksStillWork() async throws {
        try await withJourneyApp { app in
            let complete = try await location(app, "/plan/edit?age=34&budgetUSD=100")
            #expect(complete == "/plan/check?age=34&budgetUSD=100")
            // The skin check's link carries a score but no age yet.
            let scoreOnly = try await location(app, "/plan/edit?severityScale=hexsel-css&severityScore=7")
            #expect(scoreOnly == "/plan/about-you?severityScale=hexsel-css&severityScore=7")
        }
    }

    // MARK: The plan page

    @Test func thePlanLeadsWithASummaryThenSafety() async throws {
        try await withJourneyApp { app in
            let page = try await html(app, "/plan?age=31&conditions=pregnant&eventDate=2027-03-14")
            guard let summary = page.range(of: "class=\"lead plan-summary\""),
                let safety = page.range(of: "id=\"safety-summary\""),
                let first = page.range(of: "id=\"before-event\"")
            else {
                Issue.record("no summary, safety summary or sections")
                return
            }
            #expect(summary.lowerBound < safety.lowerBound && safety.lowerBound < first.lowerBound)
            #expect(page.contains("Your event is in 4 days, so only quick camouflage can help by then:"))
            #expect(page.contains("options are left out for your safety"))
            #expect(page.contains("Left out for your safety"))
            #expect(page.contains("Retinol creams:"), "what was left out is named, in words")
            #expect(!page.contains("safety rule"))
            #expect(!page.contains("retinol-topical:"))
        }
    }

    @Test func theSummarySaysWhatEachSectionHolds() throws {
        let kb = try KnowledgeBaseLoader.bundled()
        let profile = Profile(age: 34, daysUntilEvent: 0, setting: .home)
        let plan = PlanEngine(knowledgeBase: kb).plan(for: profile)
        let text = PlanSummary.paragraph(plan, profile: profile)
        let quick = plan.recommendations(in: .beforeEvent).map(\.name)
        #expect(text.hasPrefix("Your event is today, so only quick camouflage can help by then: "))
        #expect(text.contains(PlanSummary.list(quick)))
        #expect(text.contains("You asked for home options only"))
        #expect(!text.contains("Clinic options"))
        #expect(PlanSummary.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func theQuestionSheetIsOfferedOnlyWithQuestions() async throws {
        try await withJourneyApp { app in
            let clinic = try await html(app, "/plan?age=34&concern=dimples")
            #expect(clinic.contains("Open a printable sheet of these questions"))
            #expect(clinic.contains("href=\"/plan/questions?age=34&amp;concern=dimples\""))
            let home = try await html(app, "/plan?age=34&setting=home")
            #expect(home.contains("No questions: your plan has no clinic treatments."))
            #expect(!home.contains("printable sheet"))
        }
    }

    @Test func thePrintViewUnfoldsEverythingAndPrintsFullAddresses() async throws {
        try await withJourneyApp { app in
            let plan = try await html(app, "/plan?age=34&concern=dimples")
            #expect(plan.contains("href=\"/plan/print?age=34&amp;concern=dimples\""))
            #expect(plan.contains(">Print this plan<"))
            try await app.testing().test(
                .GET, "/plan/print?age=34&concern=dimples",
                beforeRequest: { $0.headers.replaceOrAdd(name: .host, value: "advisor.example:8080") }
            ) { response in
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(
                    page.contains(
                        "This plan’s address: <span class=\"address\">http://advisor.example:8080/plan?age=34&amp;concern=dimples"
                    ))
                #expect(page.contains("http://advisor.example:8080/treatments/"))
                // Nothing in the plan is folded away (the site menu is hidden on paper).
                #expect(!page[page.range(of: "<main")!.lowerBound...].contains("<details"))
                #expect(!page.contains(">Change<"))
                #expect(page.contains("class=\"plan-page print-view\""))
                #expect(response.headers.setCookie?[LastPlanCookie.name] == nil)
            }
        }
    }

    @Test func aHostHeaderThatIsNotAHostIsNotPrinted() async throws {
        try await withJourneyApp { app in
            try await app.testing().test(
                .GET, "/plan/print?age=34",
                beforeRequest: { $0.headers.replaceOrAdd(name: .host, value: "evil\"><b>x") }
            ) { response in
                #expect(!response.body.string.contains("evil"))
                #expect(response.body.string.contains("<span class=\"address\">/plan?age=34"))
            }
        }
    }

    // MARK: The last plan

    @Test func yourPlanInTheMenuReturnsToTheLastPlan() async throws {
        try await withJourneyApp { app in
            // Nothing yet: the menu starts the questions.
            let start = try await location(app, "/plan/last")
            #expect(start == "/plan")
            try await app.testing().test(.GET, "/") { response in
                #expect(response.body.string.contains("<a href=\"/plan/last\">Your plan</a>"))
            }
            var cookie: HTTPCookies.Value?
            try await app.testing().test(.GET, "/plan?age=31&conditions=pregnant") { response in
                // The plan page sets the form token's cookie too, for "Save this plan".
                let header = response.headers[.setCookie].first { $0.hasPrefix("last-plan=") } ?? ""
                #expect(header.contains("last-plan="))
                #expect(header.contains("HttpOnly"))
                #expect(header.contains("SameSite=Lax"))
                #expect(header.contains("Path=/"))
                cookie = response.headers.setCookie?[LastPlanCookie.name]
            }
            let stored = try #require(cookie)
            try await app.testing().test(
                .GET, "/plan/last", beforeRequest: { $0.headers.cookie = [LastPlanCookie.name: stored] }
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/plan?age=31&conditions=pregnant")
                #expect(response.headers.first(name: .cacheControl) == "no-store")
            }
        }
    }

    @Test func onlyAShownPlanSetsTheCookie() async throws {
        try await withJourneyApp { app in
            for path in ["/plan", "/plan/about-you?age=34", "/plan/check?age=34", "/plan?age=abc"] {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.headers.setCookie?[LastPlanCookie.name] == nil, "\(path)")
                }
            }
        }
    }

    @Test func aTamperedCookieOnlyEverLeadsToAPlanAddress() async throws {
        try await withJourneyApp { app in
            let value = HTTPCookies.Value(string: "junk%3Dhttp%253A%252F%252Fevil%26age%3D40")
            try await app.testing().test(
                .GET, "/plan/last", beforeRequest: { $0.headers.cookie = [LastPlanCookie.name: value] }
            ) { response in
                #expect(response.headers.first(name: .location) == "/plan?age=40")
            }
        }
    }
}
