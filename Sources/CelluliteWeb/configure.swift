import CelluliteImaging
import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import Crypto
import Fluent
import Vapor

/// The one composition root: `cellulite serve` and every test build the app through here.
/// `clock` is where token and session expiry read the time; tests pass one they can move.
///
/// `trackerStore` replaces the database's tracker store (accounts, tokens, check-ins, ...) with
/// another implementation of the same protocols; tests pass the in-memory one. `ids` makes the
/// ids of new rows; tests pass a seeded one.
public func configure(
    _ app: Application, settings: WebSettings, clock: any WallClock = SystemWallClock(),
    trackerStore: (any TrackerStore)? = nil, ids: IDGenerator = IDGenerator { UUID() }
) async throws {
    let context = WebContext(knowledgeBase: try KnowledgeBaseLoader.bundled(), clock: settings.clock)
    let security = settings.security
    app.webSecurity = security

    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    app.routes.defaultMaxBodySize = ByteCount(value: security.maxBodyBytes)
    app.servers.use { $0.boundedServer }
    app.csrfTokens = CSRFTokens(
        key: security.secretKey.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256),
        lifetime: security.csrfTokenLifetime, clock: clock)

    try await configureDatabase(app, settings: settings, clock: clock)
    try configureMiddleware(app, security: security, meta: context.knowledgeBase.meta)
    let handles = DatabaseHandles.on(
        app.databases, settings: settings.database, group: app.eventLoopGroup, logger: app.logger)
    let store = trackerStore ?? FluentTrackerStore(handles)
    let decoders = PhotoDecoders()
    app.lifecycle.use(decoders)
    let photos = PhotoLibrary(
        store: store,
        vault: PhotoVault(key: security.dataKey.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)),
        decoders: decoders, ids: ids, clock: clock, limits: .standard, maxPhotoBytes: security.maxPhotoBytes)
    let accounts = AccountServices(
        store: store, clock: clock, ids: ids,
        hasher: try PasswordHasher(cost: security.passwordHashCost),
        tokens: BearerTokens(lifetime: security.tokenLifetime.timeInterval, randomBytes: BearerTokens.systemRandom),
        throttle: LoginThrottle(), passwords: try PasswordPolicy.bundled(), photos: photos)
    try routes(app, context: context, accounts: accounts)
}

/// Opens the database and brings its schema up to date before the first request; sessions live
/// there, expire and are purged on a schedule.
private func configureDatabase(_ app: Application, settings: WebSettings, clock: any WallClock) async throws {
    try settings.database.prepareStorage()
    try settings.database.register(in: app.databases)
    DatabaseHandles.register(settings.database, in: app.databases)
    StoreMigrations.register(in: app.migrations)
    try await DatabaseDurability.prepare(app.db, settings: settings.database)
    try await DatabaseDurability.waitWhenBusy(
        app.databases, settings: settings.database, on: app.eventLoopGroup, logger: app.logger)
    if settings.migratesOnStart {
        _ = try await StoreMigrations.applyPending(app.migrator, settings: settings.database, logger: app.logger)
    } else {
        let pending = try await StoreMigrations.pending(on: app.db)
        guard pending.isEmpty else { throw PendingMigrations(names: pending) }
    }

    let sessions = FluentSessionStore(
        DatabaseHandles.on(app.databases, settings: settings.database, group: app.eventLoopGroup, logger: app.logger))
    let lifetime = settings.security.sessionLifetime
    app.sessions.use { _ in ExpiringSessionDriver(store: sessions, lifetime: lifetime, clock: clock) }
    app.sessions.configuration = SessionsConfiguration(cookieName: "cellulite-session") { id in
        HTTPCookies.Value(
            string: id.string, maxAge: Int(lifetime.components.seconds), path: "/", isHTTPOnly: true, sameSite: .lax)
    }
    app.lifecycle.use(SessionPurge(store: sessions, clock: clock, interval: settings.security.purgeInterval))
}

/// Order matters: headers go on everything, errors included; limits and the method check come
/// before anything reads the request; static files skip sessions; CSRF comes last.
private func configureMiddleware(_ app: Application, security: SecuritySettings, meta: KnowledgeMeta) throws {
    let problems = ProblemMiddleware(environment: app.environment, meta: meta)
    let publicDirectory = try StaticFiles.publicDirectory()
    let staticPaths = StaticFiles.list(in: publicDirectory)
    let table = RouteTableCache(routes: app.routes, staticFiles: staticPaths)

    var middleware = Middlewares()
    middleware.use(SecurityHeadersMiddleware(trustsForwardedProto: security.trustsForwardedProto, problems: problems))
    middleware.use(RequestLogMiddleware(level: app.environment == .testing ? .debug : .info))
    middleware.use(problems)
    middleware.use(RequestLimitsMiddleware(settings: security))
    middleware.use(MethodGate(table: table.current))
    middleware.use(
        StaticFiles(files: FileMiddleware(publicDirectory: publicDirectory.path), paths: Set(staticPaths)))
    middleware.use(PageSessions(sessions: app.sessions.middleware))
    middleware.use(CSRFMiddleware(settings: security))
    app.middleware = middleware
}

/// `serve --no-migrate` on a schema that is behind.
struct PendingMigrations: Error, CustomStringConvertible {
    let names: [String]
    var description: String {
        "\(names.count) migrations are pending (\(names.joined(separator: ", "))): run cellulite migrate first"
    }
}

enum ConfigurationError: Error {
    case noBundledResources
}
