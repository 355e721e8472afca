import CelluliteKit

/// The component schemas of the OpenAPI document: one per request and response shape. Enum
/// values come from the domain's own types, so they cannot drift; the tests validate real
/// responses against these schemas, so the shapes cannot either.
enum APISchemas {
    static func all(treatmentSlugs: [String]) -> [String: JSONSchema] {
        var schemas: [String: JSONSchema] = [
            "Problem": problem, "InvalidField": invalidField, "Health": health,
            "Profile": profile, "SeverityReading": severityReading(),
            "Plan": plan, "Recommendation": recommendation, "Exclusion": exclusion,
            "EvidenceBadge": evidenceBadge, "CostSummary": costSummary, "DayRange": dayRange,
            "TreatmentList": treatmentList, "TreatmentSummary": treatmentSummary,
            "TreatmentDetail": treatmentDetail, "Treatment": treatment, "ConcernGate": concernGate, "Fact": fact,
            "Regulatory": regulatory,
            "Availability": availability, "Evidence": evidence, "CostRange": costRange, "Citation": citation,
            "ProductList": productList, "Product": product,
            "AskResult": askResult, "AskAnswer": askAnswer,
            "CSSRequest": cssRequest, "CSSResult": cssResult, "MeaningfulChange": meaningfulChange,
            "NurnbergerMullerRequest": nurnbergerMullerRequest, "NurnbergerMullerResult": nurnbergerMullerResult,
            "SelfRatingRequest": selfRatingRequest, "SelfRatingResult": selfRatingResult,
        ]
        schemas["TreatmentSlug"] = .enumeration(treatmentSlugs, "A treatment id (ARCHITECTURE 3.1).")
        return schemas
    }

    // MARK: Errors and health

    static let problem = JSONSchema.object(
        "An RFC 7807 problem; served as application/problem+json.",
        [
            "type": .string("A URI naming the kind of problem; about:blank when the status says it all."),
            "title": .string(),
            "status": .integer("The HTTP status code.", in: 400...599),
            "detail": .string("What is wrong, in words."),
            "field": .string("The first bad field or query parameter, e.g. severity.score, items[2], q."),
            "errors": .array(of: .ref("InvalidField"), "Every bad field."),
        ], optional: ["detail", "field", "errors"])

    static let invalidField = JSONSchema.object(["field": .string(), "message": .string()])

    static let health = JSONSchema.object(["status": .constant("ok")])

    // MARK: Profile (ARCHITECTURE 3.2)

    /// Lists may repeat a value (repeats count once) up to the decoder's limit.
    static func list<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ description: String? = nil) -> JSONSchema
    where E.RawValue == String {
        .array(of: .oneOf(type), description, maxItems: ProfileDecoder.maxListLength, nullable: true)
    }

    static let profile = JSONSchema.object(
        "The person a plan is for. Only age is required; absent or null means not given.",
        [
            "age": .integer(in: Profile.ageRange),
            "sex": .nullable(.oneOf(Profile.Sex.self, "Default female.")),
            "areas": list(Profile.Area.self, "Default: thighs and buttocks."),
            "concern": .nullable(.oneOf(Profile.Concern.self, "The dominant feature.")),
            "severity": .nullable(.ref("SeverityReading")),
            "daysUntilEvent": .integer("Absent or null: no deadline.", in: Profile.daysUntilEventRange, nullable: true),
            "budgetUSD": .integer("Absent or null: no limit.", in: Profile.budgetRange, nullable: true),
            "setting": .nullable(
                .oneOf(Profile.SettingPreference.self, "home: no in-office options wanted. Default any.")),
            "maxDowntimeDays": .integer("Absent or null: no limit.", in: Profile.downtimeRange, nullable: true),
            "fitzpatrick": .integer("Fitzpatrick skin type.", in: Profile.fitzpatrickRange, nullable: true),
            "conditions": list(Profile.Condition.self),
            "allergies": list(Profile.Allergy.self),
        ], optional: ProfileDecoder.knownFields.subtracting(["age"]))

    /// One branch per scale, so each score is checked against its own scale's range.
    static func severityReading() -> JSONSchema {
        .exactlyOne(
            of: SeverityScaleID.allCases.map { scale in
                .object(
                    "\(scale.rawValue): \(scale.scoreRange.lowerBound)–\(scale.scoreRange.upperBound)",
                    ["scale": .constant(scale.rawValue), "score": .integer(in: scale.scoreRange)])
            }, "A severity score with its scale; the score's range depends on the scale.")
    }

    // MARK: Plan (ARCHITECTURE 3.3)

    static let plan = JSONSchema.object([
        "recommendations": .array(of: .ref("Recommendation"), "Ranked within each section."),
        "excluded": .array(of: .ref("Exclusion"), "Every catalog treatment not recommended, with reasons."),
        "redFlags": .array(of: .string(), "Reasons to see a clinician; shown first."),
        "safetySummary": .array(
            of: .string(),
            "What was left out or needs care for this person's safety, and why, in words; shown at the top."),
        "questionsForYourDermatologist": .array(of: .string()),
        "expectations": .string("What the evidence says to expect."),
    ])

    static let recommendation = JSONSchema.object([
        "treatment": .ref("TreatmentSlug"),
        "name": .string(),
        "section": .oneOf(PlanSection.self),
        "rank": .integer("1-based rank within its section.", minimum: 1),
        "reasons": .array(of: .string()),
        "cautions": .array(of: .string(), "Includes any need for a clinician's review."),
        "needsClinicianReview": .boolean(),
        "evidence": .ref("EvidenceBadge"),
        "costUSD": .ref("CostSummary"),
        "timeToResults": .string(),
        "downtimeDays": .ref("DayRange"),
        "products": .array(of: .string(), "Example product ids of this kind that suit the person (see /api/products)."),
        "citations": .array(of: .string(), "Source ids.", minItems: 1),
    ])

    static let exclusion = JSONSchema.object([
        "treatment": .ref("TreatmentSlug"),
        "name": .string(),
        "reasons": .array(of: .string(), minItems: 1),
        "reasonKinds": .array(of: .oneOf(ExclusionKind.self)),
    ])

    static let evidenceBadge = JSONSchema.object([
        "sort": .oneOf(SORTGrade.self, "SORT strength of recommendation."),
        "grade": .oneOf(GRADECertainty.self, "GRADE certainty of the evidence."),
        "ocebm": .string("Oxford CEBM 2011 level of the best study."),
        "label": .string("The badge in plain words."),
    ])

    static let costSummary = JSONSchema.object(
        "A price range in US dollars; min and max are absent when no figure was found.",
        [
            "min": .integer(minimum: 0), "max": .integer(minimum: 0), "unit": .string("What the price covers."),
            "confidence": .oneOf(Confidence.self),
        ], optional: ["min", "max"])

    static let dayRange = JSONSchema.object(
        "Days; maxDays absent means open-ended.", ["minDays": .integer(minimum: 0), "maxDays": .integer(minimum: 0)],
        optional: ["maxDays"])

    // MARK: Treatments and products

    static let treatmentList = JSONSchema.object(["treatments": .array(of: .ref("TreatmentSummary"))])

    static let treatmentSummary = JSONSchema.object([
        "id": .ref("TreatmentSlug"),
        "name": .string(),
        "setting": .oneOf(TreatmentSetting.self),
        "summary": .string(),
        "mechanisms": .array(of: .oneOf(Mechanism.self)),
        "treatsCellulite": .boolean(),
        "offLabelForCellulite": .boolean(),
        "availability": .oneOf(AvailabilityStatus.self),
        "evidence": .ref("EvidenceBadge"),
        "costUSD": .ref("CostSummary"),
        "downtimeDays": .ref("DayRange"),
        "timeToResultsDays": .ref("DayRange"),
    ])

    static let treatmentDetail = JSONSchema.object([
        "treatment": .ref("Treatment"),
        "sources": .array(of: .ref("Citation"), "The sources the treatment cites."),
    ])

    static let treatment = JSONSchema.object(
        "A knowledge-base entry; every claim is a Fact with its sources.",
        [
            "id": .ref("TreatmentSlug"),
            "name": .string(),
            "aliases": .array(of: .string()),
            "setting": .oneOf(TreatmentSetting.self),
            "summary": .string(),
            "mechanisms": .array(of: .oneOf(Mechanism.self)),
            "howItWorks": .ref("Fact"),
            "treatsCellulite": .boolean(),
            "regulatory": .ref("Regulatory"),
            "availability": .ref("Availability"),
            "evidence": .ref("Evidence"),
            "cost": .ref("CostRange"),
            "sessions": .ref("Fact"),
            "downtime": .ref("DayRange"),
            "downtimeNote": .ref("Fact"),
            "timeToResults": .ref("DayRange"),
            "timeToResultsNote": .ref("Fact"),
            "durability": .ref("Fact"),
            "sideEffects": .array(of: .ref("Fact")),
            "alwaysCautions": .array(of: .ref("Fact")),
            "questionForDermatologist": .string(),
            "notRecommendedBecause": .ref("Fact"),
            "onlyForConcerns": .ref("ConcernGate"),
            "citations": .array(of: .string()),
        ], optional: ["questionForDermatologist", "notRecommendedBecause", "onlyForConcerns"])

    static let concernGate = JSONSchema.object(
        "Only worth it for these dominant concerns; otherwise says why not.",
        ["concerns": .array(of: .oneOf(Profile.Concern.self)), "otherwise": .ref("Fact")])

    static let fact = JSONSchema.object(
        "One claim with its sources; confidence other than confirmed is shown as low confidence.",
        ["text": .string(), "citations": .array(of: .string()), "confidence": .oneOf(Confidence.self)])

    static let regulatory = JSONSchema.object(
        [
            "status": .string(), "offLabelForCellulite": .boolean(), "indication": .ref("Fact"),
            "notes": .array(of: .ref("Fact")),
        ], optional: ["indication"])

    static let availability = JSONSchema.object(["status": .oneOf(AvailabilityStatus.self), "note": .ref("Fact")])

    static let evidence = JSONSchema.object(
        [
            "sort": .oneOf(SORTGrade.self), "grade": .oneOf(GRADECertainty.self), "ocebm": .string(),
            "basis": .string(), "keyNumbers": .array(of: .ref("Fact")),
            "direction": .oneOf(
                EvidenceDirection.self,
                "`against` when the grade is evidence against a lasting benefit; absent means `for`."),
        ], optional: ["direction"])

    static let costRange = JSONSchema.object(
        [
            "minUSD": .integer(minimum: 0), "maxUSD": .integer(minimum: 0), "unit": .string(), "note": .string(),
            "citations": .array(of: .string()), "confidence": .oneOf(Confidence.self),
        ], optional: ["minUSD", "maxUSD", "note"])

    static let citation = JSONSchema.object(
        [
            "id": .string(), "authors": .string(), "year": .string(), "title": .string(), "journal": .string(),
            "doi": .string(), "pmid": .string(), "pmcid": .string(), "quality": .oneOf(SourceQuality.self),
            "unconfirmed": .string("Parts of the reference that could not be checked."),
        ], optional: ["year", "journal", "doi", "pmid", "pmcid", "unconfirmed"])

    static let productList = JSONSchema.object(["products": .array(of: .ref("Product"))])

    static let product = JSONSchema.object(
        [
            "id": .string(), "name": .string(), "brand": .string(),
            "treatment": .ref("TreatmentSlug"),
            "actives": .array(of: .string()), "price": .ref("CostRange"), "contents": .array(of: .ref("Fact")),
            "unknowns": .array(of: .string()), "confidence": .oneOf(Confidence.self),
            "citations": .array(of: .string()),
        ], optional: ["brand"])

    // MARK: Ask (ARCHITECTURE 3.4)

    static let askResult = JSONSchema.object(
        "Answers best first; empty when the question is outside what the knowledge base covers.",
        ["question": .string(), "answers": .array(of: .ref("AskAnswer"))])

    static let askAnswer = JSONSchema.object([
        "id": .string(),
        "topic": .string("A treatment slug or a general topic (cause, prevalence, … cost)."),
        "question": .string("The question this answer was written for."),
        "answer": .string(),
        "evidence": .string(),
        "citations": .array(of: .string()),
        "score": .number("How well it matches, 0 to 1.", in: 0...1),
        "confidence": .oneOf(Confidence.self),
    ])

    // MARK: Assessment (ARCHITECTURE 3.4)

    static let cssRequest = JSONSchema.object(
        "Hexsel CSS item scores A–E.",
        [
            "items": .array(
                of: .integer(in: HexselCSS.itemRange), "Five scores A, B, C, D, E.",
                minItems: HexselCSSItem.allCases.count, maxItems: HexselCSSItem.allCases.count),
            "site": .nullable(.oneOf(BodySite.self, "Where the score was taken.")),
        ], optional: ["site"])

    static let cssResult = JSONSchema.object(
        [
            "scale": .constant(HexselCSS.id), "version": .constant(HexselCSS.version),
            "items": .array(of: .integer(in: HexselCSS.itemRange), minItems: 5, maxItems: 5),
            "total": .integer(in: HexselCSS.range),
            "band": .oneOf(HexselCSSBand.self, "none (0), mild, moderate or severe; cut-offs low-confidence."),
            "site": .oneOf(BodySite.self), "range": .string(), "meaningfulChange": .ref("MeaningfulChange"),
            "lowConfidence": .array(of: .oneOf(HexselCSS.LowConfidencePoint.self)),
        ], optional: ["site"])

    static let meaningfulChange = JSONSchema.object(
        [
            "points": .integer("Absent when no source gives a threshold.", minimum: 0),
            "confidence": .oneOf(Confidence.self), "explanation": .string(), "citations": .array(of: .string()),
        ], optional: ["points"])

    static let nurnbergerMullerObservations: [String: JSONSchema] = [
        "standing": .oneOf(NurnbergerMullerObservations.Appearance.self, "Standing relaxed."),
        "lying": .oneOf(NurnbergerMullerObservations.Appearance.self, "Lying down."),
        "pinch": .oneOf(NurnbergerMullerObservations.Pinch.self, "Pinch test."),
    ]

    /// Dimples lying down but not standing fit no stage, so that combination is refused.
    static let nurnbergerMullerRequest = JSONSchema.object(
        "The three observations; dimpled lying down with smooth standing fits no stage.",
        nurnbergerMullerObservations, not: .matching(["standing": "smooth", "lying": "dimpled"]))

    static let nurnbergerMullerResult = JSONSchema.object(
        [
            "scale": .constant(NurnbergerMuller.id), "version": .constant(NurnbergerMuller.version),
            "stage": .integer(in: NurnbergerMuller.range),
            "stageLabel": .enumeration(NurnbergerMullerStage.allCases.map(\.roman)),
            "variant": .oneOf(NurnbergerMullerVariant.self),
            "observations": .object(nurnbergerMullerObservations),
            "range": .string(), "meaningfulChange": .ref("MeaningfulChange"), "notes": .array(of: .string()),
        ], optional: ["notes"])

    static let selfRatingRequest = JSONSchema.object(["level": .integer(in: SelfRating.range)])

    static let selfRatingResult = JSONSchema.object([
        "scale": .constant(SelfRating.id), "version": .constant(SelfRating.version),
        "level": .integer(in: SelfRating.range), "label": .enumeration(SelfRatingLevel.allCases.map(\.label)),
        "range": .string(), "meaningfulChange": .ref("MeaningfulChange"), "note": .string(),
    ])
}
