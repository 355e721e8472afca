/// Every address of the site. Views and presenters link with these cases instead of string
/// paths, and the controllers register their routes from them, so a link and its route cannot
/// drift apart (a test checks each case against the route table).
public enum SiteURL: Sendable, Hashable {
    case home
    /// The plan for the answers in the query; without answers, its first question.
    case plan(Query? = nil)
    case planStep(PlanStep, Query? = nil)
    /// "Check your answers".
    case planCheck(Query? = nil)
    case planPrint(Query? = nil)
    /// The printable questions for a dermatologist.
    case planQuestions(Query? = nil)
    /// The last plan shown on this device (the menu's "Your plan").
    case planLast
    /// Where old "Change your answers" links point.
    case planEdit
    case treatments
    case treatment(slug: String)
    case products
    case ask(Query? = nil)
    /// The skin check's steps: which one is in the query.
    case assess(Query? = nil)
    case assessResult(Query? = nil)
    case about
    case sources
    /// Sign up; the query carries plan answers to save with the new account.
    case signUp(Query? = nil)
    case logIn(Query? = nil)
    case logOut
    /// The signed-in person's page: today's routine, streak, latest check-in.
    case dashboard
    /// The dashboard showing an earlier day's routine to tick; the day as "2026-11-29".
    case dashboardDay(String)
    /// Where the dashboard's routine form posts today's ticks.
    case dashboardRoutine
    /// The signed-in person's check-ins and progress (GET); a new check-in (POST).
    case checkIns
    /// One stored check-in: its page (GET) and its changes (POST).
    case checkIn(id: String)
    /// Asks before deleting a check-in (GET); deletes it (POST).
    case checkInDelete(id: String)
    /// How to take progress photos that can be compared (open to everyone).
    case photoGuide
    /// The signed-in person's photos and the upload form (GET); an upload (POST, multipart).
    case photos
    /// One photo's page.
    case photo(id: String)
    /// A photo's image, served to its owner only; the thumbnail or the stored image.
    case photoImage(id: String, thumbnail: Bool)
    /// Asks before deleting a photo (GET); deletes it (POST).
    case photoDelete(id: String)
    /// Two photos of one view side by side; which ones is in the query.
    case photoCompare(Query? = nil)
    /// Blinded self-ratings: their history, and a new one (POST).
    case photoRatings
    /// One blinded rating: the two photos without dates (GET), the answer (POST).
    case photoRating(id: String)
    /// One side of a blinded rating, named by side so the address does not give the photo away.
    case photoRatingImage(id: String, side: String)
    /// Where the plan page's "Save this plan" form posts its answers.
    case savePlan
    /// Account settings: export, calendar, password, deletion.
    case account
    case accountExport
    case accountCalendar
    case accountPassword
    case accountDelete
    case asset(Asset)
    /// An element of a page: "/sources#grading".
    indirect case anchor(SiteURL, id: String)
    /// An element of the page being shown: "#main".
    case onThisPage(id: String)

    /// Files served from the app's Public directory.
    public enum Asset: String, Sendable, Hashable, CaseIterable {
        case appStylesheet = "css/app.css"
        case printStylesheet = "css/print.css"
        case favicon = "favicon.svg"
        /// The slider overlay of the photo comparison (the page works without it).
        case compareScript = "js/compare.js"
    }

    /// A query string, already percent-encoded ("age=34&areas=thighs"). A present query writes
    /// its "?" even when empty, as the addresses always have; nil writes none.
    public struct Query: Sendable, Hashable {
        let encoded: String

        public init(encoded: String) {
            self.encoded = encoded
        }
    }

    /// The path alone: "/plan/check"; empty for `onThisPage`.
    public var path: String {
        switch self {
        case .home: "/"
        case .plan: "/plan"
        case .planStep(let step, _): "/plan/\(step.rawValue)"
        case .planCheck: "/plan/check"
        case .planPrint: "/plan/print"
        case .planQuestions: "/plan/questions"
        case .planLast: "/plan/last"
        case .planEdit: "/plan/edit"
        case .treatments: "/treatments"
        case .treatment(let slug): "/treatments/\(slug)"
        case .products: "/products"
        case .ask: "/ask"
        case .assess: "/assess"
        case .assessResult: "/assess/result"
        case .about: "/about"
        case .sources: "/sources"
        case .signUp: "/account/sign-up"
        case .logIn: "/account/log-in"
        case .logOut: "/account/log-out"
        case .dashboard, .dashboardDay: "/dashboard"
        case .dashboardRoutine: "/dashboard/routine"
        case .checkIns: "/dashboard/checkins"
        case .checkIn(let id): "/dashboard/checkins/\(id)"
        case .checkInDelete(let id): "/dashboard/checkins/\(id)/delete"
        case .photoGuide: "/photos/guide"
        case .photos: "/dashboard/photos"
        case .photo(let id): "/dashboard/photos/\(id)"
        case .photoImage(let id, _): "/dashboard/photos/\(id)/image"
        case .photoDelete(let id): "/dashboard/photos/\(id)/delete"
        case .photoCompare: "/dashboard/photos/compare"
        case .photoRatings: "/dashboard/photos/ratings"
        case .photoRating(let id): "/dashboard/photos/ratings/\(id)"
        case .photoRatingImage(let id, let side): "/dashboard/photos/ratings/\(id)/\(side)"
        case .savePlan: "/account/plan"
        case .account: "/account"
        case .accountExport: "/account/export"
        case .accountCalendar: "/account/calendar.ics"
        case .accountPassword: "/account/password"
        case .accountDelete: "/account/delete"
        case .asset(let asset): "/\(asset.rawValue)"
        case .anchor(let page, _): page.path
        case .onThisPage: ""
        }
    }

    var query: Query? {
        switch self {
        case .plan(let query), .planStep(_, let query), .planCheck(let query), .planPrint(let query),
            .planQuestions(let query), .ask(let query), .assess(let query),
            .assessResult(let query), .signUp(let query), .logIn(let query), .photoCompare(let query):
            query
        case .photoImage(_, let thumbnail): thumbnail ? Query(encoded: "size=thumb") : nil
        case .anchor(let page, _): page.query
        // A date is digits and hyphens: nothing to encode.
        case .dashboardDay(let day): Query(encoded: "day=\(day)")
        case .home, .planLast, .planEdit, .treatments, .treatment, .products, .about, .sources, .asset, .onThisPage,
            .logOut, .dashboard, .dashboardRoutine, .checkIns, .checkIn, .checkInDelete, .savePlan, .account,
            .photoGuide, .photos, .photo, .photoDelete, .photoRatings, .photoRating, .photoRatingImage,
            .accountExport, .accountCalendar,
            .accountPassword, .accountDelete:
            nil
        }
    }

    /// What a link's `href` holds: path, query and fragment.
    public var href: String {
        var text = ""
        writeHref { text += $0 }
        return text
    }

    /// `href` in pieces, in order, without joining them into one string (`HTMLWriter` escapes
    /// each straight into the page): a plan page writes a few dozen links, most of them to a
    /// treatment or to a step with the answers' query.
    func writeHref(_ piece: (String) -> Void) {
        switch self {
        case .anchor(let page, let id):
            page.writeHref(piece)
            piece("#")
            piece(id)
        case .onThisPage(let id):
            piece("#")
            piece(id)
        default:
            switch self {
            case .treatment(let slug):
                piece("/treatments/")
                piece(slug)
            case .planStep(let step, _):
                piece("/plan/")
                piece(step.rawValue)
            default: piece(path)
            }
            if let query {
                piece("?")
                piece(query.encoded)
            }
        }
    }

    /// The element `id` of this page.
    public func anchored(_ id: String) -> SiteURL {
        .anchor(self, id: id)
    }
}
