import CelluliteKit
import Vapor

/// GET /api/treatments (filterable) and GET /api/treatments/:slug.
struct TreatmentsController: RouteCollection {
    let context: WebContext

    func boot(routes: any RoutesBuilder) throws {
        let treatments = routes.grouped("treatments")
        treatments.get(use: list).cached(.catalogue)
        treatments.get(":slug", use: show).cached(.catalogue)
    }

    @Sendable func list(_ request: Request) throws -> Response {
        let filter = TreatmentFilter(
            setting: try request.queryChoice("setting", TreatmentSetting.self),
            mechanism: try request.queryChoice("mechanism", Mechanism.self),
            evidence: try request.queryChoice("evidence", SORTGrade.self))
        let rows = context.knowledgeBase.treatments.filter(filter.matches).map(TreatmentSummary.init)
        return try JSONResponse.make(TreatmentList(treatments: rows))
    }

    @Sendable func show(_ request: Request) throws -> Response {
        let slug = request.parameters.get("slug") ?? ""
        guard let treatment = context.knowledgeBase.treatment(slug) else {
            throw APIError.notFound("There is no treatment '\(slug)'. GET /api/treatments lists them all.")
        }
        let sources = treatment.citations.compactMap(context.knowledgeBase.citation)
        return try JSONResponse.make(TreatmentDetail(treatment: treatment, sources: sources))
    }
}

/// The list's filters; nil matches everything.
struct TreatmentFilter {
    var setting: TreatmentSetting?
    var mechanism: Mechanism?
    /// SORT strength of recommendation (A, B or C).
    var evidence: SORTGrade?

    func matches(_ treatment: Treatment) -> Bool {
        (setting.map { treatment.setting == $0 } ?? true)
            && (mechanism.map { treatment.mechanisms.contains($0) } ?? true)
            && (evidence.map { treatment.evidence.sort == $0 } ?? true)
    }
}
