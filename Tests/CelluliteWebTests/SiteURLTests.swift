import CelluliteViews
import Testing
import Vapor
import VaporTesting

@testable import CelluliteWeb

/// Every link on the site is a `SiteURL`: each case must write the address given here, and every
/// address must be one the app serves, so a renamed route cannot leave links pointing nowhere.
@Suite struct SiteURLTests {
    static let answers = SiteURL.Query(encoded: "age=34&areas=thighs")

    /// One or more of every case, with the `href` it must write.
    static let examples: [(url: SiteURL, href: String)] = [
        (.home, "/"),
        (.plan(), "/plan"),
        (.plan(answers), "/plan?age=34&areas=thighs"),
        (.planStep(.aboutYou), "/plan/about-you"),
        (.planStep(.yourCellulite, answers), "/plan/your-cellulite?age=34&areas=thighs"),
        (.planStep(.eventAndLimits), "/plan/event-and-limits"),
        (.planStep(.skinAndHealth), "/plan/skin-and-health"),
        (.planCheck(answers), "/plan/check?age=34&areas=thighs"),
        // An empty query keeps its "?", as the check page's address always has.
        (.planCheck(SiteURL.Query(encoded: "")), "/plan/check?"),
        (.planPrint(answers), "/plan/print?age=34&areas=thighs"),
        (.planQuestions(answers), "/plan/questions?age=34&areas=thighs"),
        (.planLast, "/plan/last"),
        (.planEdit, "/plan/edit"),
        (.treatments, "/treatments"),
        (.treatment(slug: "subcision"), "/treatments/subcision"),
        (.products, "/products"),
        (.ask(), "/ask"),
        (.ask(SiteURL.Query(encoded: "q=caffeine")), "/ask?q=caffeine"),
        (.assess(), "/assess"),
        (
            .assessResult(SiteURL.Query(encoded: "scale=self-rating&level=2")),
            "/assess/result?scale=self-rating&level=2"
        ),
        (.about, "/about"),
        (.signUp(), "/account/sign-up"),
        (.signUp(answers), "/account/sign-up?age=34&areas=thighs"),
        (.logIn(), "/account/log-in"),
        (.logOut, "/account/log-out"),
        (.dashboard, "/dashboard"),
        (.dashboardRoutine, "/dashboard/routine"),
        (.dashboardDay("2026-11-29"), "/dashboard?day=2026-11-29"),
        (.checkIns, "/dashboard/checkins"),
        (
            .checkIn(id: "9F2C5A7E-1B3D-4C8A-9E6F-0A1B2C3D4E5F"),
            "/dashboard/checkins/9F2C5A7E-1B3D-4C8A-9E6F-0A1B2C3D4E5F"
        ),
        (
            .checkInDelete(id: "9F2C5A7E-1B3D-4C8A-9E6F-0A1B2C3D4E5F"),
            "/dashboard/checkins/9F2C5A7E-1B3D-4C8A-9E6F-0A1B2C3D4E5F/delete"
        ),
        (.photoGuide, "/photos/guide"),
        (.photos, "/dashboard/photos"),
        (.photo(id: "9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f"), "/dashboard/photos/9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f"),
        (
            .photoImage(id: "9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f", thumbnail: true),
            "/dashboard/photos/9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f/image?size=thumb"
        ),
        (
            .photoDelete(id: "9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f"),
            "/dashboard/photos/9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f/delete"
        ),
        (.photoCompare(SiteURL.Query(encoded: "view=left-side")), "/dashboard/photos/compare?view=left-side"),
        (.photoRatings, "/dashboard/photos/ratings"),
        (
            .photoRating(id: "9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f"),
            "/dashboard/photos/ratings/9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f"
        ),
        (
            .photoRatingImage(id: "9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f", side: "left"),
            "/dashboard/photos/ratings/9f2c5a7e-1b3d-4c8a-9e6f-0a1b2c3d4e5f/left"
        ),
        (.savePlan, "/account/plan"),
        (.account, "/account"),
        (.accountExport, "/account/export"),
        (.accountCalendar, "/account/calendar.ics"),
        (.accountPassword, "/account/password"),
        (.accountDelete, "/account/delete"),
        (.sources, "/sources"),
        (.asset(.appStylesheet), "/css/app.css"),
        (.asset(.printStylesheet), "/css/print.css"),
        (.asset(.favicon), "/favicon.svg"),
        (.asset(.compareScript), "/js/compare.js"),
        (.sources.anchored("grading"), "/sources#grading"),
        (
            .planStep(.eventAndLimits, answers).anchored("field-eventDate"),
            "/plan/event-and-limits?age=34&areas=thighs#field-eventDate"
        ),
        (.onThisPage(id: "main"), "#main"),
    ]

    @Test(arguments: examples)
    func writesItsAddress(url: SiteURL, href: String) {
        #expect(url.href == href)
        #expect(url.path == String(href.prefix { $0 != "?" && $0 != "#" }))
    }

    @Test func everyPlanStepAndAssetHasAnExample() {
        let listed = Set(Self.examples.map(\.url))
        for step in PlanStep.allCases {
            #expect(listed.contains(.planStep(step)) || listed.contains(.planStep(step, Self.answers)), "\(step)")
        }
        for asset in SiteURL.Asset.allCases {
            #expect(listed.contains(.asset(asset)), "\(asset)")
        }
    }

    /// The same table the method gate answers from: every page address and asset is served by GET.
    @Test func everyAddressIsARouteOrAStaticFile() async throws {
        try await withTestApp { app in
            let table = RouteTable(
                routes: app.routes.all, staticFiles: StaticFiles.list(in: try StaticFiles.publicDirectory()),
                caseInsensitive: app.routes.caseInsensitive)
            // Form targets that only take a POST.
            let posted: Set<SiteURL> = [.logOut, .dashboardRoutine, .savePlan, .accountPassword, .accountDelete]
            for (url, _) in Self.examples where !url.path.isEmpty {
                let method = posted.contains(url) ? "POST" : "GET"
                #expect(table.methods(for: url.path)?.contains(method) == true, "nothing serves \(method) \(url.path)")
            }
        }
    }
}
