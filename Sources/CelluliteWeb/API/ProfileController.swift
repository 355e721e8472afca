import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// The saved profile and its plan (ARCHITECTURE 3.6). Saving adopts the plan's daily section as
/// the routine from today; the days already ticked keep the routine they had.
///
/// | route                | body            | success                                    |
/// |----------------------|-----------------|--------------------------------------------|
/// | PUT /api/me/profile  | a 3.2 profile   | 200 {profile, plan}                        |
/// | GET /api/me/profile  |                 | 200 {profile, plan}; 404 before one is saved |
struct ProfileController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped(BearerAuthMiddleware(services: services)).grouped("me")
        me.put("profile", use: save)
        me.get("profile", use: read)
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let profile = try ProfileDecoder.decode(json: try request.jsonBody())
        try await SavedPlans.save(profile, for: account, context: context, services: services)
        return try response(profile, context.planEngine.plan(for: profile))
    }

    @Sendable func read(_ request: Request) async throws -> Response {
        guard let saved = try await services.store.profile(of: try request.authenticated.account) else {
            throw APIError.notFound("No profile has been saved yet: PUT one to /api/me/profile.")
        }
        // Recomputed, so the plan follows the knowledge base as it is reviewed.
        return try response(saved.profile, context.planEngine.plan(for: saved.profile))
    }

    /// `{"plan": …, "profile": …}`, keys in order like every other answer.
    private func response(_ profile: Profile, _ plan: Plan) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: "{\(try Self.fields(profile, plan))}"))
    }

    /// `"plan":…,"profile":…`: the plan as 3.3 and the profile as 3.2, which has no Codable form
    /// (the export adds these fields to its own object too).
    static func fields(_ profile: Profile, _ plan: Plan) throws -> String {
        let planJSON = String(decoding: try JSONResponse.encoder.encode(plan), as: UTF8.self)
        return #""plan":\#(planJSON),"profile":\#(ProfileJSON.encode(profile))"#
    }
}
