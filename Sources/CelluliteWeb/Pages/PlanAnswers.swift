import CelluliteKit
import CelluliteViews

/// The plan's answers as they travel between pages: in the query string of GET forms and links,
/// so Back, bookmarks and Change links all restore them. The fields are the profile of
/// ARCHITECTURE 3.2 (severity split in two) plus `eventDate`, which the web asks instead of a
/// number of days; old links with `daysUntilEvent` still work.
struct PlanAnswers: Sendable {
    static let fieldNames: [String] = PlanStep.allCases.flatMap(\.fields)
    static let fieldSet = Set(fieldNames)
    /// The fields the profile decoder reads: the date is turned into days first.
    static let decoderFieldSet = fieldSet.subtracting(["eventDate"])

    /// Only answer fields, in the order given.
    let query: QueryParameters

    /// A date answer replaces an old link's number of days, so one plan has one address.
    init(_ query: QueryParameters) {
        let hasDate = query.first("eventDate") != nil
        self.query = QueryParameters(
            pairs: query.pairs.filter {
                Self.fieldSet.contains($0.name) && !(hasDate && $0.name == "daysUntilEvent")
            })
        canonical = self.query.encoded()
    }

    var isEmpty: Bool { query.pairs.isEmpty }

    /// The short query string: blank answers dropped, order kept. Computed once: every Change
    /// link and hidden field of a page repeats it.
    let canonical: String

    var canonicalQuery: SiteURL.Query { SiteURL.Query(encoded: canonical) }

    /// Every given answer that `step` does not ask, for its hidden fields.
    func carried(past step: PlanStep) -> [(name: String, value: String)] {
        let asked = Set(step.fields)
        return query.pairs.filter { !asked.contains($0.name) && !$0.value.isEmpty }
    }

    /// One problem per form field, in form order.
    struct Problem: Sendable, Hashable {
        var field: String
        var message: String

        var step: PlanStep { PlanStep.owning(field) }
    }

    /// Every problem, never empty; the first one's step is where the person should go.
    struct Problems: Error {
        var all: [Problem]
        var first: Problem { all[0] }
    }

    func profile(today: CalendarDay) -> Result<Profile, Problems> {
        var form = query.form(keeping: Self.decoderFieldSet)
        var byField: [String: String] = [:]
        if let date = query.first("eventDate") {
            form["daysUntilEvent"] = nil
            switch EventDate.daysUntil(date, today: today) {
            case .success(let days): form["daysUntilEvent"] = [String(days)]
            case .failure(let problem): byField["eventDate"] = EventDate.message(problem)
            }
        }
        do throws(ProfileError) {
            let profile = try ProfileDecoder.decode(form: form)
            if byField.isEmpty { return .success(profile) }
        } catch {
            for fieldError in error.fieldErrors {
                let field = Self.formField(for: fieldError.field)
                if byField[field] == nil {
                    byField[field] = Questions.fixMessage(
                        field: field, query: query, decoderMessage: fieldError.message)
                }
            }
            if case .malformed(let reason) = error, byField["age"] == nil {
                byField["age"] = "Check your answers: \(reason)"
            }
        }
        return .failure(
            Problems(
                all: Self.fieldNames.compactMap { name in byField[name].map { Problem(field: name, message: $0) } }))
    }

    /// The form field a decoder error belongs to. Days arrive only from old links, and the date
    /// question is where they are asked now.
    static func formField(for decoderField: String) -> String {
        switch decoderField {
        case "severity.scale": "severityScale"
        case "severity", "severity.score": "severityScore"
        case "daysUntilEvent": "eventDate"
        default: fieldSet.contains(decoderField) ? decoderField : "age"
        }
    }
}
