import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// What the account and tracker routes need, built once by `configure`: the store, the clock,
/// ids, password hashing and tokens.
struct AccountServices: Sendable {
    let store: any TrackerStore
    let clock: any WallClock
    let ids: IDGenerator
    let hasher: PasswordHasher
    let tokens: BearerTokens
    let throttle: LoginThrottle
    let passwords: PasswordPolicy
    let photos: PhotoLibrary

    /// The latest date it is anywhere on Earth (UTC+14): a date "in the future" is refused only
    /// when it is the future for everyone, so nobody's own today is refused.
    func latestToday() -> LocalDate {
        LocalDate(clock.now() + 14 * 3600, in: .gmt)
    }

    /// The earliest date it is anywhere on Earth (UTC−12): a newly saved routine takes effect from
    /// here, so it covers the person's own today wherever they are. From the latest date it missed
    /// today for everyone west of UTC+14 until their evening.
    func earliestToday() -> LocalDate {
        LocalDate(clock.now() - 12 * 3600, in: .gmt)
    }
}

extension AccountServices {
    /// Today on the server's calendar: where the page forms' dates start.
    func pageToday(_ context: WebContext) -> LocalDate {
        LocalDate(iso: context.clock.today().iso) ?? latestToday()
    }
}

/// The account a valid bearer token belongs to, set by `BearerAuthMiddleware`.
struct AuthenticatedAccountKey: StorageKey {
    typealias Value = (account: Account.ID, tokenHash: String)
}

extension Request {
    /// The caller's account; only routes behind `BearerAuthMiddleware` ask.
    var authenticated: (account: Account.ID, tokenHash: String) {
        get throws {
            guard let value = storage[AuthenticatedAccountKey.self] else { throw AccountError.unauthorized }
            return value
        }
    }
}

/// The API's only authentication: `Authorization: Bearer TOKEN`. It never reads the session
/// cookie, so a page's session cannot be used to call the API from another site.
struct BearerAuthMiddleware: AsyncMiddleware {
    let services: AccountServices

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.headers.bearerAuthorization?.token, !token.isEmpty else {
            throw AccountError.unauthorized
        }
        let hash = BearerTokens.hash(token)
        guard let account = try await services.store.account(forTokenHash: hash, now: services.clock.now()) else {
            throw AccountError.unauthorized
        }
        request.storage[AuthenticatedAccountKey.self] = (account, hash)
        return try await next.respond(to: request)
    }
}
