import Vapor

/// The JSON API under /api. Every route here must appear in the OpenAPI document (a test checks).
func registerAPIRoutes(_ app: Application, context: WebContext, accounts: AccountServices) throws {
    let api = app.grouped("api")
    try api.register(collection: PlanController(context: context))
    try api.register(collection: TreatmentsController(context: context))
    try api.register(collection: ProductsController(context: context))
    try api.register(collection: AskController(context: context))
    try api.register(collection: AssessController())
    try api.register(collection: AccountsController(services: accounts))
    try api.register(collection: CheckInsController(services: accounts))
    try api.register(collection: RoutineController(services: accounts))
    try api.register(collection: ProfileController(context: context, services: accounts))
    try api.register(collection: PhotosController(services: accounts))
    try api.register(collection: ExportController(context: context, services: accounts))
    try api.register(collection: try OpenAPIController(context: context))
}
