import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// Accounts and tokens (ARCHITECTURE 3.6). Bearer tokens only; the session cookie is never read.
///
/// | route                     | body                              | success                              |
/// |---------------------------|-----------------------------------|--------------------------------------|
/// | POST /api/accounts        | {email, password}                 | 201 {account, token, expiresAt}      |
/// | POST /api/tokens          | {email, password}                 | 201 {token, expiresAt}               |
/// | DELETE /api/tokens/current|                                   | 204                                  |
/// | GET /api/me               |                                   | 200 {email, createdAt}               |
/// | PUT /api/me/password      | {currentPassword, newPassword}    | 204; every other token ends          |
/// | DELETE /api/me            | {password}                        | 204; every row of the account gone   |
struct AccountsController: RouteCollection {
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.post("accounts", use: signUp)
        routes.post("tokens", use: logIn)
        let authenticated = routes.grouped(BearerAuthMiddleware(services: services))
        authenticated.delete("tokens", "current", use: logOut)
        authenticated.get("me", use: me)
        authenticated.put("me", "password", use: changePassword)
        authenticated.delete("me", use: deleteAccount)
    }

    private struct Issued: Encodable {
        var account: Account?
        var token: String
        var expiresAt: String
    }

    @Sendable func signUp(_ request: Request) async throws -> Response {
        var body = try JSONBody(request, fields: ["email", "password"])
        let (email, password) = credentials(&body.reader, checkingPolicy: true)
        try body.finish()
        guard let email, let password else { throw APIError.invalidFields(body.errors) }
        let account = try await services.signUp(email: email, password: password, on: request).account
        return try await issueToken(for: account, now: services.clock.now(), includingAccount: true)
    }

    @Sendable func logIn(_ request: Request) async throws -> Response {
        var body = try JSONBody(request, fields: ["email", "password"])
        let (email, password) = credentials(&body.reader, checkingPolicy: false)
        try body.finish()
        guard let email, let password else { throw APIError.invalidFields(body.errors) }
        let account = try await services.logIn(email: email, password: password, on: request).account
        return try await issueToken(for: account, now: services.clock.now(), includingAccount: false)
    }

    @Sendable func logOut(_ request: Request) async throws -> HTTPStatus {
        try await services.store.deleteToken(hash: request.authenticated.tokenHash)
        return .noContent
    }

    @Sendable func me(_ request: Request) async throws -> Response {
        guard let stored = try await services.store.account(id: request.authenticated.account) else {
            throw AccountError.unauthorized
        }
        return try JSONResponse.make(stored.account)
    }

    @Sendable func changePassword(_ request: Request) async throws -> HTTPStatus {
        let caller = try request.authenticated
        var body = try JSONBody(request, fields: ["currentPassword", "newPassword"])
        let current = body.reader.string("currentPassword", required: true)
        let new = body.reader.string("newPassword", required: true)
        let stored = try await services.store.account(id: caller.account)
        if let new, let stored {
            do throws(PasswordError) {
                try services.passwords.check(new, email: stored.account.email)
            } catch {
                body.reader.fail("newPassword", error.description)
            }
        }
        try body.finish()
        guard let current, let new, let stored else { throw AccountError.unauthorized }
        try await services.confirm(current, of: stored, on: request)
        // The caller stays signed in; everyone else is signed out.
        _ = try await services.changePassword(of: stored, to: new, keepingToken: caller.tokenHash, on: request)
        return .noContent
    }

    @Sendable func deleteAccount(_ request: Request) async throws -> HTTPStatus {
        let caller = try request.authenticated
        var body = try JSONBody(request, fields: ["password"])
        let password = body.reader.string("password", required: true)
        try body.finish()
        guard let password, let stored = try await services.store.account(id: caller.account) else {
            throw AccountError.unauthorized
        }
        try await services.confirm(password, of: stored, on: request)
        try await services.store.delete(stored.account.id)
        return .noContent
    }

    /// The email (normalised) and password fields, each error named by its field.
    private func credentials(_ reader: inout FieldReader, checkingPolicy: Bool) -> (Email?, String?) {
        let emailText = reader.string("email", required: true)
        let password = reader.string("password", required: true)
        var email: Email?
        if let emailText {
            do throws(EmailError) {
                email = try Email(emailText)
            } catch {
                reader.fail("email", error.description)
            }
        }
        if checkingPolicy, let password {
            do throws(PasswordError) {
                try services.passwords.check(password, email: email)
            } catch {
                reader.fail("password", error.description)
            }
        }
        return (email, password)
    }

    private func issueToken(for account: Account, now: Date, includingAccount: Bool) async throws -> Response {
        let (token, stored) = services.tokens.issue(for: account.id, now: now)
        try await services.store.create(stored)
        return try JSONResponse.make(
            Issued(
                account: includingAccount ? account : nil, token: token,
                expiresAt: UTCTimestamp(stored.expiresAt).rfc3339),
            status: .created)
    }
}
