/// The plan as the API answers it (ARCHITECTURE 3.3): the bytes `JSONEncoder` wrote from the
/// `Encodable` conformance, keys in sorted order. A property test compares the two on random
/// profiles, so a field added to a plan type and not here fails it.
extension Plan {
    public var jsonBytes: [UInt8] {
        // Plans run to 11–24 KB; one allocation covers nearly all of them.
        JSONText.write(capacity: 24 * 1024) { $0.plan(self) }
    }
}

extension JSONText {
    mutating func plan(_ plan: Plan) {
        object { json in
            json.key("excluded")
            json.array(plan.excluded) { $0.exclusion($1) }
            json.field("expectations", plan.expectations)
            json.field("questionsForYourDermatologist", plan.questionsForYourDermatologist)
            json.key("recommendations")
            json.array(plan.recommendations) { $0.recommendation($1) }
            json.field("redFlags", plan.redFlags)
            json.field("safetySummary", plan.safetySummary)
        }
    }

    private mutating func exclusion(_ exclusion: Exclusion) {
        object { json in
            json.field("name", exclusion.name)
            json.field("reasonKinds", exclusion.reasonKinds)
            json.field("reasons", exclusion.reasons)
            json.field("treatment", exclusion.treatment)
        }
    }

    private mutating func recommendation(_ recommendation: Recommendation) {
        object { json in
            json.field("cautions", recommendation.cautions)
            json.field("citations", recommendation.citations)
            json.field("costUSD") { json in
                let cost = recommendation.costUSD
                json.field("confidence", cost.confidence)
                json.field("max", cost.max)
                json.field("min", cost.min)
                json.field("unit", cost.unit)
            }
            json.field("downtimeDays") { json in
                json.field("maxDays", recommendation.downtimeDays.maxDays)
                json.field("minDays", recommendation.downtimeDays.minDays)
            }
            json.field("evidence") { json in
                let evidence = recommendation.evidence
                json.field("grade", evidence.grade)
                json.field("label", evidence.label)
                json.field("ocebm", evidence.ocebm)
                json.field("sort", evidence.sort)
            }
            json.field("name", recommendation.name)
            json.field("needsClinicianReview", recommendation.needsClinicianReview)
            json.field("products", recommendation.products)
            json.field("rank", recommendation.rank)
            json.field("reasons", recommendation.reasons)
            json.field("section", recommendation.section)
            json.field("timeToResults", recommendation.timeToResults)
            json.field("treatment", recommendation.treatment)
        }
    }
}
