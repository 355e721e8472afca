import CelluliteKit
import Foundation
import Vapor

/// POST /api/plan: a profile (ARCHITECTURE 3.2) in, a plan (3.3) out.
struct PlanController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        routes.post("plan", use: plan)
    }

    @Sendable func plan(_ request: Request) throws -> Response {
        let profile = try ProfileDecoder.decode(json: try request.jsonBody())
        return JSONResponse.make(json: context.planEngine.plan(for: profile).jsonBytes)
    }
}
