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
    @Sendable func css(_ request: Request) throws -> Response {
        var body = try JSONBody(request, fields: ["items", "site"])
        let items = body.reader.integers("items", count: HexselCSSItem.allCases.count, in: HexselCSS.itemRange)
        let site = body.reader.choice("site", BodySite.self)
        try body.finish()
        return try JSONResponse.make(try HexselCSSAssessment(items: items ?? [], site: site))
    }

    /// {"standing": "smooth|dimpled", "lying": "smooth|dimpled", "pinch": "negative|positive"} → stage.
    @Sendable func nurnbergerMuller(_ request: Request) throws -> Response {
        var body = try JSONBody(request, fields: ["standing", "lying", "pinch"])
        let standing = body.reader.choice("standing", NurnbergerMullerObservations.Appearance.self, required: true)
        let lying = body.reader.choice("lying", NurnbergerMullerObservations.Appearance.self, required: true)
        let pinch = body.reader.choice("pinch", NurnbergerMullerObservations.Pinch.self, required: true)
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
    @Sendable func selfRating(_ request: Request) throws -> Response {
        var body = try JSONBody(request, fields: ["level"])
        let level = body.reader.integer("level", in: SelfRating.range, required: true)
        try body.finish()
        return try JSONResponse.make(try SelfRatingAssessment(level: level ?? -1))
    }
}
