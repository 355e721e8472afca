import ArgumentParser
import CelluliteKit
import Foundation

/// `cellulite assess`: rate cellulite on the Hexsel CSS, the Nürnberger–Müller stage and a 0–4
/// self-rating. With no subcommand it asks the questions one by one in a terminal; scripts use
/// the `css`, `nurnberger-muller` and `self-rating` subcommands (ARCHITECTURE 3.4).
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Rate your cellulite on validated scales (asks questions in a terminal).",
        discussion: """
            With no subcommand, asks about one area (a thigh or a buttock), one question at a \
            time, and scores the Hexsel Cellulite Severity Scale (0–15), the Nürnberger–Müller \
            stage (0–3) and a 0–4 self-rating. Higher always means more severe. In scripts, use \
            a subcommand with --json. This is information, not a diagnosis.
            """,
        subcommands: [CSSCommand.self, NurnbergerMullerCommand.self, SelfRatingCommand.self]
    )

    init() {}

    func run() async throws {
        guard CommandIO.current.isInteractive else {
            throw CLIError.badInput(
                "assess asks questions in a terminal; in scripts use assess css, nurnberger-muller "
                    + "or self-rating with --json")
        }
        try AssessmentInterview().run()
    }
}

// MARK: - Subcommands for scripts

extension AssessCommand {
    /// `cellulite assess css --items A,B,C,D,E [--site SITE] [--json]`.
    struct CSSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "css",
            abstract: "Score the Hexsel Cellulite Severity Scale (total 0–15) from five items.",
            discussion: """
                Items, each 0–3: A number of dimples (0 none, 1 1–4, 2 5–9, 3 10 or more); \
                B depth (superficial, medium, deep); C raised areas (orange-peel, \
                cottage-cheese, mattress); D sagging (slightly, moderately, severely draped); \
                E Nürnberger–Müller grade 0–III. Bands: 0 none, 1–5 mild, 6–10 moderate, \
                11–15 severe (cut-offs unconfirmed). Score each area separately.
                """
        )

        @Option(
            parsing: .unconditional,
            help: "Five item scores A,B,C,D,E, each 0–3 (e.g. 2,2,1,2,1).")
        var items: String

        @Option(help: "The area scored: left-thigh, right-thigh, left-buttock or right-buttock.")
        var site: String?

        @Flag(help: "Print JSON for programs.")
        var json = false

        init() {}

        func run() throws {
            let scores = try AssessInput.items(items)
            let site = try site.map(AssessInput.site)
            let assessment = try AssessInput.scored { () throws(AssessmentError) in
                try HexselCSSAssessment(items: scores, site: site)
            }
            try AssessOutput.emit(assessment, json: json, lines: AssessOutput.lines(for: assessment))
        }
    }

    /// `cellulite assess nurnberger-muller --standing ... --lying ... --pinch ... [--json]`.
    struct NurnbergerMullerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "nurnberger-muller",
            abstract: "Score the Nürnberger–Müller stage (0–3) from three checks.",
            discussion: """
                Standing relaxed: smooth or dimpled? Lying down: smooth or dimpled? Pinch (or \
                tighten the muscles): does an orange-peel pattern appear (positive) or not \
                (negative)? Smooth standing but dimpled lying fits no stage and is refused.
                """
        )

        @Option(parsing: .unconditional, help: "Standing relaxed: smooth or dimpled.")
        var standing: String

        @Option(parsing: .unconditional, help: "Lying down: smooth or dimpled.")
        var lying: String

        @Option(parsing: .unconditional, help: "Pinch test: negative or positive.")
        var pinch: String

        @Flag(help: "Print JSON for programs.")
        var json = false

        init() {}

        func run() throws {
            let observations = NurnbergerMullerObservations(
                standing: try AssessInput.word(standing, option: "--standing"),
                lying: try AssessInput.word(lying, option: "--lying"),
                pinch: try AssessInput.word(pinch, option: "--pinch"))
            let assessment = try AssessInput.scored { () throws(AssessmentError) in
                try NurnbergerMullerAssessment(observations: observations)
            }
            try AssessOutput.emit(assessment, json: json, lines: AssessOutput.lines(for: assessment))
        }
    }

    /// `cellulite assess self-rating --level 0-4 [--json]`.
    struct SelfRatingCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-rating",
            abstract: "Record a 0–4 self-rating (none, almost none, mild, moderate, severe).",
            discussion: """
                The levels carry the labels of the patient-reported photonumeric cellulite \
                severity scale (PR-PCSS); this is a self-rating, not that licensed photo \
                instrument. 0 none, 1 almost none, 2 mild, 3 moderate, 4 severe.
                """
        )

        @Option(parsing: .unconditional, help: "Your level, 0–4 (higher = more severe).")
        var level: String

        @Flag(help: "Print JSON for programs.")
        var json = false

        init() {}

        func run() throws {
            guard let value = Int(level.trimmingCharacters(in: .whitespaces)) else {
                throw CLIError.badInput("--level '\(level)' is not a whole number 0–4")
            }
            guard let level = SelfRatingLevel(rawValue: value) else {
                throw CLIError.badInput("--level \(value) is out of range: the self-rating is 0–4")
            }
            let rating = SelfRatingAssessment(level: level)
            try AssessOutput.emit(rating, json: json, lines: AssessOutput.lines(for: rating))
        }
    }
}

// MARK: - Parsing script input

enum AssessInput {
    /// Runs the domain's scoring; its errors are the person's bad input.
    static func scored<T>(_ score: () throws(AssessmentError) -> T) throws(CLIError) -> T {
        do {
            return try score()
        } catch {
            throw .badInput(error.description)
        }
    }

    /// "2,2,1,2,1" → [2, 2, 1, 2, 1]; the count and ranges are checked by the domain.
    static func items(_ text: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == HexselCSSItem.allCases.count else {
            let got = text.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : parts.count
            throw CLIError.badInput(
                "--items needs 5 scores A,B,C,D,E (each 0–3, e.g. 2,2,1,2,1), got \(got)")
        }
        return try zip(HexselCSSItem.allCases, parts).map { item, part in
            guard let value = Int(part) else {
                throw CLIError.badInput(
                    "--items: item \(item.rawValue) is '\(part)', not a whole number 0–3")
            }
            return value
        }
    }

    static func site(_ text: String) throws -> BodySite {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let site = BodySite(rawValue: word) else {
            let known = BodySite.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError.badInput("--site '\(text)' is not one of \(known)")
        }
        return site
    }

    static func word<T: RawRepresentable & CaseIterable>(_ text: String, option: String) throws -> T
    where T.RawValue == String {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let value = T(rawValue: word) else {
            let known = T.allCases.map(\.rawValue).joined(separator: " or ")
            throw CLIError.badInput("\(option) must be \(known), not '\(text)'")
        }
        return value
    }
}

// MARK: - Output

enum AssessOutput {
    static let width = TextLayout.width

    static let disclaimer =
        [""]
        + wrap(
            "This is information, not a diagnosis. Cellulite is common and harmless; see a "
                + "clinician for pain, a rapid change or anything that worries you.")

    static func print(_ lines: [String]) {
        for line in lines { CommandIO.out(line) }
    }

    static func printJSON(_ value: some Encodable) throws {
        CommandIO.out(try JSONOutput.string(value))
    }

    /// JSON for scripts, or the readable lines and the disclaimer for people.
    static func emit(_ assessment: some Encodable, json: Bool, lines: @autoclosure () -> [String]) throws {
        if json {
            try printJSON(assessment)
        } else {
            print(lines() + disclaimer)
        }
    }

    static func lines(for assessment: HexselCSSAssessment) -> [String] {
        var lines: [String] = []
        let site = assessment.site.map { ", \($0.label)" } ?? ""
        lines.append("\(HexselCSS.name) (\(HexselCSS.version))\(site)")
        let titleWidth = HexselCSSItem.allCases.map(\.shortTitle.count).max() ?? 0
        for item in HexselCSSItem.allCases {
            let value = assessment.score(item)
            let title = item.shortTitle.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            let wording = item.levels[value].wording
            // Short enough for 80 columns; not wrapped, so the columns stay aligned.
            lines.append("  \(item.rawValue)  \(title)  \(value)  \(wording)")
        }
        let band = assessment.band
        lines.append("Total: \(assessment.total.value) (\(HexselCSS.rangeDescription))")
        lines.append("Band: \(band.rawValue) (totals \(rangeText(band.totals)))")
        lines.append("Low confidence (unconfirmed in our sources):")
        for point in assessment.lowConfidence {
            lines += wrap(point.explanation, indent: "  - ", continuation: "    ")
        }
        lines += meaningfulChangeLines(HexselCSS.meaningfulChange, unit: "point")
        return lines
    }

    static func lines(for assessment: NurnbergerMullerAssessment) -> [String] {
        let observed = assessment.observations
        let stage = assessment.stage
        var lines = [
            "\(NurnbergerMuller.name) (\(NurnbergerMuller.version), "
                + "\(assessment.variant.rawValue) variant)",
            "  Standing: \(observed.standing.rawValue). Lying: \(observed.lying.rawValue). "
                + "Pinch: \(observed.pinch.rawValue).",
            "Stage: \(stage.roman) (\(stage.rawValue) on \(NurnbergerMuller.rangeDescription))",
        ]
        lines += wrap(stage.plainLanguage, indent: "  ")
        for note in assessment.notes { lines += wrap("Note: " + note) }
        lines += meaningfulChangeLines(NurnbergerMuller.meaningfulChange, unit: "stage")
        return lines
    }

    static func lines(for rating: SelfRatingAssessment) -> [String] {
        let level = rating.level
        var lines = [
            "\(SelfRating.name) (version \(SelfRating.version))",
            "Level: \(level.rawValue), \(level.label) (\(SelfRating.rangeDescription))",
        ]
        lines += wrap(level.plainLanguage, indent: "  ")
        lines += meaningfulChangeLines(SelfRating.meaningfulChange, unit: "level")
        lines += wrap("Note: " + SelfRating.notThePRPCSS)
        return lines
    }

    static func meaningfulChangeLines(_ change: MeaningfulChange, unit: String) -> [String] {
        var text = "Meaningful change: "
        if let points = change.points {
            text += "\(points) \(unit)\(points == 1 ? "" : "s")"
            text += change.confidence.isLow ? " (unconfirmed here). " : ". "
        } else {
            text += "none known. "
        }
        return wrap(text + change.explanation)
    }

    static func rangeText(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    /// Word-wraps `text` to 80 columns as lines; the first starts with `indent`, the others with
    /// `continuation` (default: spaces as wide as `indent`).
    static func wrap(_ text: String, indent: String = "", continuation: String? = nil) -> [String] {
        TextLayout.wrap(text, first: indent, rest: continuation, width: width)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

// MARK: - The interview (no subcommand, in a terminal)

/// Asks the questions one by one, re-asking on an answer that does not fit, then prints the
/// three results. Item E of the CSS is the Nürnberger–Müller stage from the three checks.
struct AssessmentInterview {
    struct Choice<Value> {
        var keys: [String]
        var text: String
        var value: Value
    }

    func run() throws {
        intro()
        let site = try ask(
            "Which area are you looking at? (Rate one area at a time.)",
            choices: BodySite.allCases.enumerated().map { index, site in
                Choice(keys: ["\(index + 1)", site.rawValue, site.label], text: site.label, value: site)
            })

        let rating = try ask(
            "Overall, how would you rate the cellulite on your \(site.label)?",
            choices: SelfRatingLevel.allCases.map { level in
                Choice(
                    keys: ["\(level.rawValue)", level.label],
                    text: "\(level.label): \(level.plainLanguage)", value: level)
            })

        say(["", "Standing relaxed, with light from one side:"])
        var items: [Int] = []
        for item in HexselCSSItem.allCases where item != .e {
            items.append(
                try ask(
                    "\(item.rawValue). \(item.question)",
                    choices: item.levels.map { level in
                        Choice(keys: ["\(level.level)"], text: level.plainLanguage, value: level.level)
                    }))
        }

        let nurnbergerMuller = try askNurnbergerMuller()
        let css = try HexselCSSAssessment(
            a: items[0], b: items[1], c: items[2], d: items[3], stage: nurnbergerMuller.stage, site: site)

        var lines = ["", "Your results for the \(site.label)", ""]
        lines += AssessOutput.wrap(
            "Item E of the Hexsel scale is your Nürnberger–Müller grade, from the standing, "
                + "lying and pinch checks.")
        lines += [""] + AssessOutput.lines(for: css)
        lines += [""] + AssessOutput.lines(for: nurnbergerMuller)
        lines += [""] + AssessOutput.lines(for: SelfRatingAssessment(level: rating))
        lines += [""] + AssessOutput.wrap("Scales differ: do not compare a number on one with a number on another.")
        lines += [
            "The same Hexsel answers in a script:",
            "  cellulite assess css --items " + css.items.map(String.init).joined(separator: ",")
                + " --site \(site.rawValue) --json",
        ]
        lines += AssessOutput.disclaimer
        AssessOutput.print(lines)
    }

    private func intro() {
        say(["Cellulite self-assessment", ""])
        say(
            AssessOutput.wrap(
                "A few questions about one area: a thigh or a buttock. They give a Hexsel "
                    + "Cellulite Severity Scale total (0–15), a Nürnberger–Müller stage (0–3) and "
                    + "a self-rating (0–4); on each, higher = more severe. Cellulite is normal in "
                    + "most adult women: this describes what you see, it does not diagnose anything."))
        say(["", "How to look:"])
        for tip in [
            "Stand relaxed, muscles loose, weight on both feet, skin bare.",
            "Have light from one side (a lamp or window beside you, not overhead): "
                + "side light shows dimples that overhead light hides.",
            "Use a mirror; a second mirror or a photo helps for the backs of the thighs "
                + "and the buttocks.",
            "Later you will lie down, then do a gentle pinch test.",
        ] {
            say(AssessOutput.wrap(tip, indent: "  - ", continuation: "    "))
        }
        say(["", "Answer with the number shown (or the word) and press Enter."])
    }

    private func askNurnbergerMuller() throws -> NurnbergerMullerAssessment {
        while true {
            let standing = try ask(
                "Standing, without touching the skin: is the area smooth, or can you see dimples?",
                choices: appearanceChoices)
            let lying = try ask(
                "Now lie down (on your front for the buttocks and the backs of the thighs). "
                    + "Is the same area smooth, or still dimpled?",
                choices: appearanceChoices)
            let pinch = try ask(
                "The pinch test: gently pinch a fold of skin between thumb and forefinger (or "
                    + "tighten your buttock muscles). Does an orange-peel or mattress pattern "
                    + "appear?",
                choices: [
                    Choice(
                        keys: ["1", "negative", "no", "n"], text: "no, only ordinary folds (negative)",
                        value: NurnbergerMullerObservations.Pinch.negative),
                    Choice(
                        keys: ["2", "positive", "yes", "y"], text: "yes, a pattern appears (positive)",
                        value: .positive),
                ])
            do {
                return try NurnbergerMullerAssessment(standing: standing, lying: lying, pinch: pinch)
            } catch {
                say(
                    [""]
                        + AssessOutput.wrap(
                            "Dimples that show lying down but not standing fit no stage: dimples "
                                + "usually show more when standing. Please look again."))
            }
        }
    }

    private var appearanceChoices: [Choice<NurnbergerMullerObservations.Appearance>] {
        [
            Choice(keys: ["1", "smooth", "s"], text: "smooth", value: .smooth),
            Choice(keys: ["2", "dimpled", "d"], text: "dimpled", value: .dimpled),
        ]
    }

    /// Asks until an answer matches one of the choices. Throws when the input ends.
    private func ask<Value>(_ question: String, choices: [Choice<Value>]) throws -> Value {
        say([""] + AssessOutput.wrap(question))
        for choice in choices {
            say(AssessOutput.wrap(choice.text, indent: "  \(choice.keys[0])  ", continuation: "     "))
        }
        let firstKeys = choices.map { $0.keys[0] }
        let expected =
            firstKeys.count <= 2
            ? firstKeys.joined(separator: " or ")
            : firstKeys.dropLast().joined(separator: ", ") + " or " + firstKeys.last!
        while true {
            CommandIO.current.writeOut("> ")
            guard let line = CommandIO.current.readLine() else {
                CommandIO.out()
                throw CLIError.badInput("the assessment stopped before every question was answered")
            }
            let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
            if let choice = choices.first(where: { $0.keys.contains(answer) }) {
                return choice.value
            }
            say(["Please answer \(expected)."])
        }
    }

    private func say(_ lines: [String]) {
        for line in lines { CommandIO.out(line) }
    }
}
