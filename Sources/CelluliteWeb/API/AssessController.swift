import CelluliteKit
import Vapor

/// POST /api/assess/…: scores a severity scale from its answers. The scale and its version
/// travel with every score.
struct AssessController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assess = routes.grouped("assess")
        assess.post("css", use: css)
        assess.post("nurnberger-muller", use: nurnbergerMuller)
        assess.post("self-rating", use: selfRating)
    }

    /// {"items": [A, B, C, D, E], "site"?: "left-thigh"} → total and band.
    @Sendable func css(_ request: Request) async throws -> Response {
        var body = try JSONBody(request, fields: ["items", "site"])
        let items = body.integers("items", count: HexselCSSItem.allCases.count, in: HexselCSS.itemRange)
        let site = body.optionalChoice("site", BodySite.self)
        try body.finish()
        return try JSONResponse.make(try HexselCSSAssessment(items: items ?? [], site: site))
    }

    /// {"standing": "smooth|dimpled", "lying": "smooth|dimpled", "pinch": "negative|positive"} → stage.
    @Sendable func nurnbergerMuller(_ request: Request) async throws -> Response {
        var body = try JSONBody(request, fields: ["standing", "lying", "pinch"])
        let standing = body.choice("standing", NurnbergerMullerObservations.Appearance.self)
        let lying = body.choice("lying", NurnbergerMullerObservations.Appearance.self)
        let pinch = body.choice("pinch", NurnbergerMullerObservations.Pinch.self)
        try body.finish()
        guard let standing, let lying, let pinch else { throw APIError.invalidFields(body.errors) }
        do {
            return try JSONResponse.make(try NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch))
        } catch let error as AssessmentError {
            // The only combination no stage describes is "dimpled lying, smooth standing".
            throw APIError.invalidFields([FieldError(field: "lying", message: error.description)])
        }
    }

    /// {"level": 0–4} → the self-rating with its label.
    @Sendable func selfRating(_ request: Request) async throws -> Response {
        var body = try JSONBody(request, fields: ["level"])
        let level = body.integer("level", in: SelfRating.range)
        try body.finish()
        return try JSONResponse.make(try SelfRatingAssessment(level: level ?? -1))
    }
}
