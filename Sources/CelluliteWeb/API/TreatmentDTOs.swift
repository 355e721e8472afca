import CelluliteKit

/// One row of GET /api/treatments: enough to choose, with the evidence badge and the cost.
struct TreatmentSummary: Codable, Sendable {
    var id: String
    var name: String
    var setting: TreatmentSetting
    var summary: String
    var mechanisms: [Mechanism]
    var treatsCellulite: Bool
    var offLabelForCellulite: Bool
    var availability: AvailabilityStatus
    var evidence: EvidenceBadge
    var costUSD: CostSummary
    var downtimeDays: DayRange
    var timeToResultsDays: DayRange

    init(_ treatment: Treatment) {
        id = treatment.id
        name = treatment.name
        setting = treatment.setting
        summary = treatment.summary
        mechanisms = treatment.mechanisms
        treatsCellulite = treatment.treatsCellulite
        offLabelForCellulite = treatment.regulatory.offLabelForCellulite
        availability = treatment.availability.status
        evidence = EvidenceBadge(treatment.evidence)
        costUSD = CostSummary(treatment.cost)
        downtimeDays = treatment.downtime
        timeToResultsDays = treatment.timeToResults
    }
}

/// Same shape as a plan recommendation's `evidence`.
struct EvidenceBadge: Codable, Sendable {
    var sort: SORTGrade
    var grade: GRADECertainty
    var ocebm: String
    var label: String

    init(_ evidence: Evidence) {
        sort = evidence.sort
        grade = evidence.grade
        ocebm = evidence.ocebm
        label = evidence.label
    }
}

/// Same shape as a plan recommendation's `costUSD`.
struct CostSummary: Codable, Sendable {
    var min: Int?
    var max: Int?
    var unit: String
    var confidence: Confidence

    init(_ cost: CostRange) {
        min = cost.minUSD
        max = cost.maxUSD
        unit = cost.unit
        confidence = cost.confidence
    }
}

struct TreatmentList: Codable, Sendable {
    var treatments: [TreatmentSummary]
}

/// GET /api/treatments/:slug: the whole knowledge-base entry and the sources it cites.
struct TreatmentDetail: Codable, Sendable {
    var treatment: Treatment
    var sources: [Citation]
}

struct ProductList: Codable, Sendable {
    var products: [Product]
}
