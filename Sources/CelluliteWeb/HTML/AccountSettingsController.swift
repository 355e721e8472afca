import CelluliteKit
import CelluliteStore
import CelluliteViews
import Foundation
import Plot
import Vapor

/// `/account`: the export and the reminder feed by session, a new password, and deletion. Every
/// route needs a signed-in session; a signed-out visitor is sent to log in.
///
/// | route                      | what                                                         |
/// |----------------------------|--------------------------------------------------------------|
/// | GET /account               | the page                                                     |
/// | GET /account/export        | the zip the API's export gives                               |
/// | GET /account/calendar.ics  | the reminder feed                                            |
/// | POST /account/password     | current and new password; every token ends, this session stays |
/// | POST /account/delete       | the password; every row goes, the session ends               |
struct AccountSettingsController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.account.pathComponents, use: page)
        routes.get(SiteURL.accountExport.pathComponents, use: export)
        routes.get(SiteURL.accountCalendar.pathComponents, use: calendar)
        routes.post(SiteURL.accountPassword.pathComponents, use: changePassword)
        routes.post(SiteURL.accountDelete.pathComponents, use: delete)
    }

    private static let noteKey = "account-note"

    @Sendable func page(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        let note = request.session.data[Self.noteKey]
        request.session.data[Self.noteKey] = nil
        return render(account, request, note: note).pageResponse()
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        return try await ExportController.export(account.account.id, context: context, services: services)
    }

    @Sendable func calendar(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        return try await CheckInsController.calendar(account.account.id, services: services)
    }

    @Sendable func changePassword(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let current = fields.first("currentPassword") ?? ""
        let new = fields.first("newPassword") ?? ""
        guard try await confirmed(current, account, request) else {
            let wrong = FieldError(field: "currentPassword", message: "The password is wrong.")
            return render(account, request, errors: [wrong]).pageResponse(status: .badRequest)
        }
        do throws(PasswordError) {
            try services.passwords.check(new, email: account.account.email)
        } catch {
            let problem = FieldError(field: "newPassword", message: "Choose another password: \(error.description).")
            return render(account, request, errors: [problem]).pageResponse(status: .badRequest)
        }
        let changed = try await services.changePassword(of: account, to: new, keepingToken: nil, on: request)
        // Other sessions end by themselves (their fingerprint is of the old hash); this one goes on.
        try await PageAccount.signIn(changed, request)
        request.session.data[Self.noteKey] = "Your password is changed. Every other device is signed out."
        return request.redirect(to: SiteURL.account.href, redirectType: .normal)
    }

    @Sendable func delete(_ request: Request) async throws -> Response {
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(to: SiteURL.logIn().href, redirectType: .normal)
        }
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        guard try await confirmed(fields.first("password") ?? "", account, request) else {
            let wrong = FieldError(field: "password", message: "The password is wrong.")
            return render(account, request, errors: [wrong]).pageResponse(status: .badRequest)
        }
        try await services.store.delete(account.account.id)
        PageAccount.signOut(request)
        return request.redirect(to: SiteURL.home.href, redirectType: .normal)
    }

    private func confirmed(_ password: String, _ account: StoredAccount, _ request: Request) async throws -> Bool {
        do {
            try await services.confirm(password, of: account, on: request)
            return true
        } catch AccountError.wrongPassword {
            return false
        }
    }

    private func render(_ account: StoredAccount, _ request: Request, errors: [FieldError] = [], note: String? = nil)
        -> Page
    {
        let error = { (id: String) in errors.first { $0.field == id }.map(\.message) }
        func password(_ name: String, _ label: String, hint: String? = nil, autocomplete: String) -> TextFieldVM {
            TextFieldVM(
                name: name, id: name, label: label, hint: hint, value: "", error: error(name), width: "width-full",
                autocomplete: autocomplete, inputType: "password")
        }
        return AccountSettingsView.render(
            AccountSettingsVM(
                chrome: Present.chrome(context.knowledgeBase.meta, title: "Your account", active: nil),
                email: account.account.email.address, csrfToken: request.csrfToken(),
                currentPassword: password("currentPassword", "Current password", autocomplete: "current-password"),
                newPassword: password(
                    "newPassword", "New password", hint: "At least 12 characters.", autocomplete: "new-password"),
                deletePassword: password("password", "Your password, to confirm", autocomplete: "current-password"),
                errors: errors.map { FormErrorVM(fieldID: $0.field, message: $0.message) }, note: note))
    }
}
