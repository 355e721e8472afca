/// Reads a check-in body, `{"date", "assessment", "notes"?}` (ARCHITECTURE 3.6), with the strict
/// JSON reader, and checks it against today, so one answer names every bad field: JSON shape,
/// future date, unscorable answers and notes alike.
public enum CheckInDecoder {
    public static let knownFields: Set<String> = ["date", "assessment", "notes"]

    /// The fields each scale's assessment takes: those of `POST /api/assess/*`, plus `scale`.
    public static func assessmentFields(_ scale: SeverityScaleID) -> Set<String> {
        switch scale {
        case .hexselCSS: ["scale", "items", "site"]
        case .nurnbergerMuller: ["scale", "standing", "lying", "pinch"]
        case .selfRating: ["scale", "level"]
        }
    }

    static let assessmentShape = "{\"scale\": \"self-rating\", \"level\": 2}"

    public static func decode(json bytes: some Collection<UInt8>, today: LocalDate) throws(CheckInError) -> CheckInDraft
    {
        let reader: FieldReader
        do {
            reader = try FieldReader(
                json: bytes, shape: "{\"date\": \"2027-03-14\", \"assessment\": \(assessmentShape)}")
        } catch {
            switch error {
            case .malformed(let reason): throw .malformed(reason)
            }
        }
        return try decode(object: reader.object, today: today)
    }

    public static func decode(object: [String: JSONValue], today: LocalDate) throws(CheckInError) -> CheckInDraft {
        var reader = FieldReader(object: object)
        reader.rejectUnknownKeys(knownFields, noun: "a check-in field")
        let date = reader.date("date", required: true)
        if !reader.has("assessment") { reader.fail("assessment", "is required: an object like \(assessmentShape)") }
        let input = reader.nested("assessment", shape: assessmentShape, readAssessment)
        let notes = reader.string("notes") ?? ""
        var problems = reader.errors.map(CheckInProblem.field)
        guard let date, let input else {
            // Report what can still be checked on its own.
            if let date, date > today { problems.append(.dateInFuture(date: date, today: today)) }
            throw .invalid(inFieldOrder(problems + CheckInDraft.problems(notes: notes)))
        }
        let draft = CheckInDraft(date: date, assessment: input, notes: notes)
        do {
            _ = try draft.validate(today: today)
        } catch {
            problems += error.problems
        }
        guard problems.isEmpty else { throw .invalid(inFieldOrder(problems)) }
        return draft
    }

    /// An assessment as the store keeps it: the request shape, which `AssessmentInput`'s `encode`
    /// writes. The strict reader takes a fraction of `JSONDecoder`'s time, which was 7% of a
    /// dashboard view (26 check-ins) in the release profile.
    public static func storedAssessment(json bytes: some Collection<UInt8>) throws(CheckInError) -> AssessmentInput {
        var reader: FieldReader
        do {
            reader = try FieldReader(json: bytes, shape: assessmentShape)
        } catch {
            switch error {
            case .malformed(let reason): throw .malformed(reason)
            }
        }
        let input = readAssessment(&reader)
        guard let input, reader.errors.isEmpty else { throw .invalid(reader.errors.map(CheckInProblem.field)) }
        return input
    }

    /// Date, assessment, notes, then unknown fields; the order within a field is kept.
    private static func inFieldOrder(_ problems: [CheckInProblem]) -> [CheckInProblem] {
        func rank(_ problem: CheckInProblem) -> Int {
            let field = problem.fieldError.field
            if field == "date" { return 0 }
            if field == "assessment" || field.hasPrefix("assessment.") { return 1 }
            if field == "notes" { return 2 }
            return 3
        }
        return problems.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
    }

    private static func readAssessment(_ reader: inout FieldReader) -> AssessmentInput? {
        guard let scale = reader.choice("scale", SeverityScaleID.self, required: true) else { return nil }
        reader.rejectUnknownKeys(assessmentFields(scale), noun: "a field of a \(scale.rawValue) assessment")
        switch scale {
        case .hexselCSS:
            let items = reader.integers("items", count: HexselCSSItem.allCases.count, in: HexselCSS.itemRange)
            let site = reader.choice("site", BodySite.self)
            return items.map { .hexselCSS(items: $0, site: site) }
        case .nurnbergerMuller:
            let standing = reader.choice("standing", NurnbergerMullerObservations.Appearance.self, required: true)
            let lying = reader.choice("lying", NurnbergerMullerObservations.Appearance.self, required: true)
            let pinch = reader.choice("pinch", NurnbergerMullerObservations.Pinch.self, required: true)
            guard let standing, let lying, let pinch else { return nil }
            return .nurnbergerMuller(NurnbergerMullerObservations(standing: standing, lying: lying, pinch: pinch))
        case .selfRating:
            return reader.integer("level", in: SelfRating.range, required: true).map { .selfRating(level: $0) }
        }
    }
}
