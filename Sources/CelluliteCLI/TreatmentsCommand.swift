import ArgumentParser
import CelluliteKit

/// `cellulite treatments`: the catalogue at a glance.
struct TreatmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treatments", abstract: "List every treatment with its evidence and cost.")

    @Flag(help: "Print as JSON.") var json = false

    init() {}

    mutating func run() async throws {
        let base = try KnowledgeBaseLoader.loadForCommand()
        if json {
            CommandIO.out(try JSONOutput.string(base.treatments))
            return
        }
        for setting in TreatmentSetting.allCases {
            CommandIO.out(TextLayout.heading(setting == .inOffice ? "In a clinic" : "At home"))
            for treatment in base.treatments where treatment.setting == setting {
                let availability =
                    treatment.availability.status == .available ? "" : " [\(treatment.availability.status.rawValue)]"
                CommandIO.out("\(treatment.id) - \(treatment.name)\(availability)")
                CommandIO.out("    \(TextLayout.evidence(treatment.evidence))")
                let cost = treatment.cost
                CommandIO.out(
                    TextLayout.wrap(
                        TextLayout.cost(
                            min: cost.minUSD, max: cost.maxUSD, unit: cost.unit, confidence: cost.confidence),
                        first: "    "))
            }
        }
        CommandIO.out("\nMore: cellulite treatment SLUG")
    }
}

/// `cellulite treatment SLUG`: every fact about one treatment, with its sources.
struct TreatmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treatment", abstract: "Show every fact about one treatment, with sources.")

    @Argument(help: "The treatment's id, e.g. cellfina (see `cellulite treatments`).") var slug: String
    @Flag(help: "Print as JSON.") var json = false

    init() {}

    mutating func run() async throws {
        let base = try KnowledgeBaseLoader.loadForCommand()
        guard let treatment = base.treatment(slug) else {
            throw CLIError.badInput(
                "unknown treatment '\(slug)'; known: \(base.treatments.map(\.id).joined(separator: ", "))")
        }
        if json {
            CommandIO.out(try JSONOutput.string(treatment))
        } else {
            CommandIO.out(TreatmentText.render(treatment, in: base))
        }
    }
}

enum TreatmentText {
    static func render(_ treatment: Treatment, in base: KnowledgeBase) -> String {
        var out = [
            "\(treatment.name) (\(treatment.id))",
            String(repeating: "=", count: min(TextLayout.width, treatment.name.count + treatment.id.count + 3)),
        ]
        out.append(TextLayout.wrap(treatment.summary))
        if !treatment.aliases.isEmpty {
            out.append(TextLayout.wrap("Also called: " + treatment.aliases.joined(separator: ", ")))
        }
        func section(_ title: String, _ facts: [Fact]) {
            guard !facts.isEmpty else { return }
            out.append(TextLayout.heading(title))
            for fact in facts { out.append(TextLayout.wrap(TextLayout.fact(fact), first: "- ", rest: "  ")) }
        }
        out.append(TextLayout.heading("Where"))
        out.append(treatment.setting == .inOffice ? "In a clinic" : "At home")
        section("How it works", [treatment.howItWorks])
        out.append(TextLayout.heading("Evidence"))
        out.append(
            TextLayout.evidence(treatment.evidence)
                + ", OCEBM level \(treatment.evidence.ocebm)")
        out.append(TextLayout.wrap(treatment.evidence.basis))
        for fact in treatment.evidence.keyNumbers {
            out.append(TextLayout.wrap(TextLayout.fact(fact), first: "- ", rest: "  "))
        }
        if let reason = treatment.notRecommendedBecause { section("Why we don't recommend it", [reason]) }
        out.append(TextLayout.heading("Cost"))
        let cost = treatment.cost
        out.append(
            TextLayout.wrap(
                TextLayout.cost(min: cost.minUSD, max: cost.maxUSD, unit: cost.unit, confidence: cost.confidence)
                    + (cost.note.map { ". " + $0 } ?? "") + " [\(cost.citations.joined(separator: ", "))]"))
        section("Sessions", [treatment.sessions])
        section("Downtime", [treatment.downtimeNote])
        section("Time to results", [treatment.timeToResultsNote])
        section("How long it lasts", [treatment.durability])
        section("Side effects", treatment.sideEffects)
        section("Cautions", treatment.alwaysCautions)
        out.append(TextLayout.heading("Regulatory status"))
        out.append(
            TextLayout.wrap(
                treatment.regulatory.status
                    + (treatment.regulatory.offLabelForCellulite ? " - OFF-LABEL for cellulite" : "")))
        section("Indication", treatment.regulatory.indication.map { [$0] } ?? [])
        section("Regulatory notes", treatment.regulatory.notes)
        section("Availability: \(treatment.availability.status.rawValue)", [treatment.availability.note])
        out.append(TextLayout.heading("Sources"))
        for id in treatment.citations {
            guard let citation = base.citation(id) else { continue }
            out.append(TextLayout.wrap(CitationText.render(citation), first: "[\(id)] ", rest: "      "))
        }
        return out.joined(separator: "\n")
    }
}

enum CitationText {
    static func render(_ citation: Citation) -> String {
        var parts = [citation.authors]
        if let year = citation.year { parts.append("(\(year))") }
        parts.append(citation.title)
        if let journal = citation.journal { parts.append(journal) }
        if let doi = citation.doi { parts.append("doi:\(doi)") }
        if let pmid = citation.pmid { parts.append("PMID \(pmid)") }
        if citation.quality == .low { parts.append("[low-quality source]") }
        if let unconfirmed = citation.unconfirmed { parts.append("[not confirmed: \(unconfirmed)]") }
        return parts.joined(separator: ". ")
    }
}
