import ArgumentParser
import CelluliteKit
import Foundation

/// `cellulite plan`: a plan from flags (for people) or a JSON profile (for scripts).
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make a personal, explained plan from your situation.",
        discussion: """
            Give your details as flags, or a JSON profile with --profile FILE (or - for stdin).
            Only --age is required. Example:
              cellulite plan --age 32 --area thighs --days-until-event 2
            """
    )

    @Option(help: "Your age in years (13–110). Required.") var age: String?
    @Option(help: "female (default), male or other.") var sex: String?
    @Option(name: .customLong("area"), help: "thighs, buttocks, hips, abdomen or arms (repeat for more).")
    var areas: [String] = []
    @Option(help: "What bothers you most: dimples, texture, laxity or fat.") var concern: String?
    @Option(help: "Severity scale: hexsel-css, nurnberger-muller or self-rating.") var severityScale: String?
    @Option(help: "Your score on that scale.") var severityScore: String?
    @Option(help: "Days until an event (0 = today). Leave out for no deadline.") var daysUntilEvent: String?
    @Option(name: .customLong("budget"), help: "Budget in US dollars. Leave out for no limit.") var budgetUSD: String?
    @Option(help: "home (only things you can do at home) or any (default).") var setting: String?
    @Option(name: .customLong("max-downtime"), help: "Most days of recovery you can take.") var maxDowntimeDays: String?
    @Option(help: "Fitzpatrick skin type 1–6.") var fitzpatrick: String?
    @Option(
        name: .customLong("condition"),
        help: "A health condition (repeat for more): \(FieldReader.options(Profile.Condition.self)).")
    var conditions: [String] = []
    @Option(name: .customLong("allergy"), help: "An allergy (repeat): \(FieldReader.options(Profile.Allergy.self)).")
    var allergies: [String] = []
    @Option(help: "Read the profile as JSON from FILE, or - for standard input.") var profile: String?
    @Flag(help: "Print the plan as JSON.") var json = false

    init() {}

    /// Flag names for each profile field, so errors name what the person typed.
    static let flagNames: [String: String] = [
        "age": "--age", "sex": "--sex", "areas": "--area", "concern": "--concern",
        "severity.scale": "--severity-scale", "severity.score": "--severity-score",
        "daysUntilEvent": "--days-until-event", "budgetUSD": "--budget", "setting": "--setting",
        "maxDowntimeDays": "--max-downtime", "fitzpatrick": "--fitzpatrick", "conditions": "--condition",
        "allergies": "--allergy",
    ]

    mutating func run() async throws {
        let person = try readProfile()
        let base = try KnowledgeBaseLoader.loadForCommand()
        let plan = PlanEngine(knowledgeBase: base).plan(for: person)
        if json {
            CommandIO.out(try JSONOutput.string(plan))
        } else {
            CommandIO.out(PlanText.render(plan, for: person, in: base))
        }
    }

    private func readProfile() throws(CLIError) -> Profile {
        let form = formFields()
        if let source = profile {
            guard form.isEmpty else {
                throw .badInput("use either --profile or the profile flags, not both")
            }
            let data = try Self.read(source)
            do {
                return try ProfileDecoder.decode(json: data)
            } catch {
                throw .badInput(error.description)
            }
        }
        do {
            return try ProfileDecoder.decode(form: form)
        } catch {
            let named = error.fieldErrors.map { "\(Self.flagNames[$0.field] ?? $0.field): \($0.message)" }
            throw .badInput(named.isEmpty ? error.description : named.joined(separator: "; "))
        }
    }

    private func formFields() -> [String: [String]] {
        var form: [String: [String]] = [:]
        let single: [(String, String?)] = [
            ("age", age), ("sex", sex), ("concern", concern), ("severityScale", severityScale),
            ("severityScore", severityScore), ("daysUntilEvent", daysUntilEvent), ("budgetUSD", budgetUSD),
            ("setting", setting), ("maxDowntimeDays", maxDowntimeDays), ("fitzpatrick", fitzpatrick),
        ]
        for case (let key, let value?) in single { form[key] = [value] }
        if !areas.isEmpty { form["areas"] = areas }
        if !conditions.isEmpty { form["conditions"] = conditions }
        if !allergies.isEmpty { form["allergies"] = allergies }
        return form
    }

    static func read(_ source: String) throws(CLIError) -> Data {
        if source == "-" {
            var text = ""
            while let line = CommandIO.current.readLine() { text += line + "\n" }
            return Data(text.utf8)
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw .badInput("cannot read profile file '\(source)'")
        }
        return data
    }
}
