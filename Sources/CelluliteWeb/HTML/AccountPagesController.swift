import CelluliteKit
import CelluliteStore
import CelluliteViews
import Foundation
import Plot
import Vapor

/// Sign up, log in and out, and saving a plan from the plan page, all as POST forms with CSRF
/// tokens and Post/Redirect/Get, so they work without script and Back never resubmits.
///
/// | route                   | page                                                          |
/// |-------------------------|---------------------------------------------------------------|
/// | GET, POST /account/sign-up | the form; a new account is signed in and its plan saved    |
/// | GET, POST /account/log-in  | the form; one message for unknown email and wrong password |
/// | POST /account/log-out      | ends the session                                           |
/// | POST /account/plan         | saves the plan's answers; signed out: sign up with them    |
struct AccountPagesController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.signUp().pathComponents, use: signUpForm)
        routes.post(SiteURL.signUp().pathComponents, use: signUp)
        routes.get(SiteURL.logIn().pathComponents, use: logInForm)
        routes.post(SiteURL.logIn().pathComponents, use: logIn)
        routes.post(SiteURL.logOut.pathComponents, use: logOut)
        routes.post(SiteURL.savePlan.pathComponents, use: savePlan)
    }

    @Sendable func signUpForm(_ request: Request) -> Response {
        form(.signUp, request, answers: PlanAnswers(request.queryParameters)).pageResponse()
    }

    @Sendable func logInForm(_ request: Request) -> Response {
        form(.logIn, request, answers: PlanAnswers(request.queryParameters)).pageResponse()
    }

    @Sendable func signUp(_ request: Request) async throws -> Response {
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let answers = PlanAnswers(fields)
        let emailText = fields.first("email") ?? ""
        var errors: [FieldError] = []
        var email: Email?
        do throws(EmailError) {
            email = try Email(emailText)
        } catch {
            errors.append(FieldError(field: "email", message: "Enter your email: \(error.description)."))
        }
        let password = fields.first("password") ?? ""
        do throws(PasswordError) {
            try services.passwords.check(password, email: email)
        } catch {
            errors.append(FieldError(field: "password", message: "Choose another password: \(error.description)."))
        }
        guard let email, errors.isEmpty else {
            return form(.signUp, request, answers: answers, email: emailText, errors: errors)
                .pageResponse(status: .badRequest)
        }
        let account: StoredAccount
        do {
            account = try await services.signUp(email: email, password: password, on: request)
        } catch AccountError.emailTaken {
            let taken = FieldError(field: "email", message: "An account with this email exists: log in instead.")
            return form(.signUp, request, answers: answers, email: emailText, errors: [taken])
                .pageResponse(status: .badRequest)
        }
        try await PageAccount.signIn(account, request)
        try await saveIfComplete(answers, for: account.account.id)
        return request.redirect(to: SiteURL.dashboard.href, redirectType: .normal)
    }

    @Sendable func logIn(_ request: Request) async throws -> Response {
        let fields = try request.formParameters(limits: request.application.webSecurity.query)
        let answers = PlanAnswers(fields)
        let emailText = fields.first("email") ?? ""
        let password = fields.first("password") ?? ""
        let wrong = FieldError(field: "email", message: "The email or password is wrong.")
        guard let email = try? Email(emailText) else {
            return form(.logIn, request, answers: answers, email: emailText, errors: [wrong])
                .pageResponse(status: .badRequest)
        }
        let account: StoredAccount
        do {
            account = try await services.logIn(email: email, password: password, on: request)
        } catch AccountError.rateLimited(let seconds) {
            let wait = FieldError(
                field: "email", message: "Too many failed log-ins. Try again in \(max(1, seconds / 60)) minutes.")
            let response = form(.logIn, request, answers: answers, email: emailText, errors: [wait])
                .pageResponse(status: .tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        } catch AccountError.unauthorized {
            return form(.logIn, request, answers: answers, email: emailText, errors: [wrong])
                .pageResponse(status: .badRequest)
        }
        try await PageAccount.signIn(account, request)
        try await saveIfComplete(answers, for: account.account.id)
        return request.redirect(to: SiteURL.dashboard.href, redirectType: .normal)
    }

    @Sendable func logOut(_ request: Request) -> Response {
        PageAccount.signOut(request)
        return request.redirect(to: SiteURL.home.href, redirectType: .normal)
    }

    /// Signed in: the answers become the saved plan. Signed out: sign up with them.
    @Sendable func savePlan(_ request: Request) async throws -> Response {
        let answers = PlanAnswers(try request.formParameters(limits: request.application.webSecurity.query))
        guard let account = try await PageAccount.signedIn(request, store: services.store) else {
            return request.redirect(
                to: SiteURL.signUp(.init(encoded: answers.canonical)).href, redirectType: .normal)
        }
        try await saveIfComplete(answers, for: account.account.id)
        return request.redirect(to: SiteURL.dashboard.href, redirectType: .normal)
    }

    /// Saves the answers as the account's profile and adopts its routine from today, when they
    /// make a valid profile; otherwise nothing is saved.
    private func saveIfComplete(_ answers: PlanAnswers, for account: Account.ID) async throws {
        guard !answers.isEmpty, case .success(let profile) = answers.profile(today: context.clock.today()) else {
            return
        }
        try await SavedPlans.save(profile, for: account, context: context, services: services)
    }

    private enum Kind { case signUp, logIn }

    private func form(
        _ kind: Kind, _ request: Request, answers: PlanAnswers, email: String = "", errors: [FieldError] = []
    ) -> Page {
        let meta = context.knowledgeBase.meta
        let error = { (id: String) in errors.first { $0.field == id }.map(\.message) }
        let query = answers.isEmpty ? nil : SiteURL.Query(encoded: answers.canonical)
        let signingUp = kind == .signUp
        let title = signingUp ? "Create an account" : "Log in"
        return AccountFormView.render(
            AccountFormVM(
                chrome: Present.chrome(meta, title: title, active: nil),
                heading: title,
                intro: signingUp
                    ? "An account keeps your plan, a daily routine to tick and your check-ins, so you can see "
                        + "slow changes honestly. Only you can see them; you can export or delete everything."
                    : "Log in to see your routine and check-ins.",
                action: signingUp ? .signUp() : .logIn(), submitLabel: signingUp ? "Create account" : "Log in",
                email: TextFieldVM(
                    name: "email", id: "email", label: "Email", value: email, error: error("email"),
                    width: "width-full", autocomplete: "email", inputType: "email"),
                password: TextFieldVM(
                    name: "password", id: "password", label: "Password",
                    hint: signingUp ? "At least 12 characters. A few unrelated words make a strong one." : nil,
                    value: "", error: error("password"), width: "width-full",
                    autocomplete: signingUp ? "new-password" : "current-password", inputType: "password"),
                carried: answers.query.pairs.map { HiddenFieldVM(name: $0.name, value: $0.value) },
                csrfToken: request.csrfToken(),
                errors: errors.map { FormErrorVM(fieldID: $0.field, message: $0.message) },
                other: signingUp
                    ? LinkVM(name: "Already have an account? Log in", href: .logIn(query))
                    : LinkVM(name: "No account yet? Create one", href: .signUp(query))))
    }
}

/// Saving a plan, the same from the API and the pages.
enum SavedPlans {
    static func save(_ profile: Profile, for account: Account.ID, context: WebContext, services: AccountServices)
        async throws
    {
        let plan = context.planEngine.plan(for: profile)
        try await services.store.saveProfile(SavedProfile(profile: profile, savedAt: services.clock.now()), of: account)
        try await services.store.adoptRoutine(
            RoutineVersion(effectiveFrom: services.earliestToday(), routine: Routine(plan: plan)), of: account)
    }
}
