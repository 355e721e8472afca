/// Reads `PUT /api/me/routine/{date}`: the date from the path, `{"done": [slugs]}` from the body.
public enum RoutineDayDecoder {
    public static let knownFields: Set<String> = ["done"]
    /// More than any routine has items; a longer list is refused before it is looked at.
    public static let maxTicks = 64
    static let maxSlugLength = 100

    public static func decode(
        date dateText: String, json bytes: some Collection<UInt8>, history: RoutineHistory, today: LocalDate
    ) throws(RoutineTickError) -> RoutineDay {
        var reader: FieldReader
        do {
            reader = try FieldReader(json: bytes, shape: "{\"done\": [\"caffeine-topical\"]}")
        } catch {
            switch error {
            case .malformed(let reason): throw .malformed(reason)
            }
        }
        reader.rejectUnknownKeys(knownFields, noun: "a routine field")
        let done = reader.strings("done", maxCount: maxTicks, maxLength: maxSlugLength, required: true)
        var problems = reader.errors.map(RoutineTickProblem.field)
        let date: LocalDate?
        do {
            date = try LocalDate(parsing: dateText)
        } catch {
            date = nil
            problems.insert(
                .field(FieldError(field: "date", message: "must be a real date written YYYY-MM-DD: \(error)")), at: 0)
        }
        guard let date, let done else { throw .invalid(problems) }
        do {
            let day = try RoutineDay(date: date, done: done, history: history, today: today)
            if problems.isEmpty { return day }
        } catch {
            problems += error.problems
        }
        throw .invalid(problems)
    }
}
