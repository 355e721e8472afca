import CelluliteKit
import CelluliteStore
import Fluent
import Vapor

/// The one composition root: `cellulite serve` and every test build the app through here.
public func configure(_ app: Application, settings: WebSettings) async throws {
    let context = WebContext(knowledgeBase: try KnowledgeBaseLoader.bundled(), clock: settings.clock)
    app.webContext = context

    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port

    try await configureDatabase(app, settings: settings.database)
    try configureMiddleware(app)
    try routes(app, context: context)
}

/// Opens the database and brings its schema up to date before the first request.
private func configureDatabase(_ app: Application, settings: DatabaseSettings) async throws {
    try settings.prepareStorage()
    try settings.register(in: app.databases)
    StoreMigrations.register(in: app.migrations)
    try await app.autoMigrate()

    app.sessions.use(.fluent)
    app.sessions.configuration = SessionsConfiguration(cookieName: "cellulite-session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 60 * 60 * 24, path: "/", isHTTPOnly: true, sameSite: .lax)
    }
}

/// Order matters: errors wrap everything; static files skip sessions; CSRF needs the session.
private func configureMiddleware(_ app: Application) throws {
    var middleware = Middlewares()
    middleware.use(RouteLoggingMiddleware(logLevel: app.environment == .testing ? .debug : .info))
    middleware.use(ProblemMiddleware(environment: app.environment))
    middleware.use(try FileMiddleware(bundle: .module, publicDirectory: "Public"))
    middleware.use(app.sessions.middleware)
    middleware.use(CSRFMiddleware())
    app.middleware = middleware
}
