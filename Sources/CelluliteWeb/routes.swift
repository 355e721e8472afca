import Vapor

/// Every route of the app: health, the JSON API, then the HTML pages.
func routes(_ app: Application, context: WebContext, accounts: AccountServices) throws {
    app.get("health") { _ in HealthResponse(status: "ok") }
    try registerAPIRoutes(app, context: context, accounts: accounts)
    try registerPageRoutes(app, context: context, accounts: accounts)
}

struct HealthResponse: Content {
    var status: String
}
