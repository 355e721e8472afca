import Vapor

/// The HTML pages. Each controller maps the request to domain calls, has a presenter build the
/// view-model and renders its view; views see nothing else. Routes come from `SiteURL`, the
/// same values the pages link with.
///
/// | route                     | page                                                         | controller                 |
/// |---------------------------|--------------------------------------------------------------|----------------------------|
/// | GET /                     | what cellulite is, the diagram, expectations                 | `HomeController`           |
/// | GET /plan/questions       | printable questions for the dermatologist                    | `QuestionSheetController`  |
/// | GET /treatments           | list, filtered by setting, mechanism, evidence               | `TreatmentPagesController` |
/// | GET /treatments/:slug     | one treatment, every fact and citation (404 page if unknown) | `TreatmentPagesController` |
/// | GET /products             | products, filtered by active ingredient                      | `ProductPagesController`   |
/// | GET /ask                  | question box and answers                                     | `AskPageController`        |
/// | GET /assess               | skin check steps, answers in the query                       | `SkinCheckController`      |
/// | GET /assess/result        | the scored result                                            | `SkinCheckController`      |
/// | GET /about                | who makes the site, review, funding                          | `AboutController`          |
/// | GET /sources              | every citation and the evidence key                          | `SourcesController`        |
/// | GET /plan, /plan/...      | the plan questions and the plan                              | `PlanJourneyController`    |
/// | /account/...              | sign up, log in, log out, save a plan; settings              | `AccountPagesController`, `AccountSettingsController` |
/// | /dashboard                | today's routine, the streak, the latest check-in and chart   | `DashboardController`      |
/// | /dashboard/checkins/...   | check-ins: history with charts, change, delete               | `CheckInPagesController`   |
func registerPageRoutes(_ app: Application, context: WebContext, accounts: AccountServices) throws {
    try app.register(collection: HomeController(context: context))
    try app.register(collection: QuestionSheetController(context: context))
    try app.register(collection: TreatmentPagesController(context: context))
    try app.register(collection: ProductPagesController(context: context))
    try app.register(collection: AskPageController(context: context))
    try app.register(collection: SkinCheckController(context: context, services: accounts))
    try app.register(collection: AboutController(context: context))
    try app.register(collection: SourcesController(context: context))
    try app.register(collection: PlanJourneyController(context: context))
    try app.register(collection: AccountPagesController(context: context, services: accounts))
    try app.register(collection: DashboardController(context: context, services: accounts))
    try app.register(collection: AccountSettingsController(context: context, services: accounts))
    try app.register(collection: CheckInPagesController(context: context, services: accounts))
    try app.register(collection: PhotoPagesController(context: context, services: accounts))
}
