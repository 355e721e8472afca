import CelluliteKit
import Foundation
import Testing

@testable import CelluliteCLI

@Suite("cellulite plan")
struct PlanCommandTests {
    @Test func flagsGiveAReadablePlanIn80Columns() async {
        let session = CommandSession()
        let code = await session.run(["plan", "--age", "32", "--area", "thighs", "--days-until-event", "2"])
        #expect(code == 0)
        #expect(session.stderr.isEmpty)
        let text = session.stdout
        #expect(text.contains("BEFORE YOUR EVENT (IN 2 DAYS)"))
        #expect(text.contains("EVERY DAY AT HOME"))
        #expect(text.contains("ASK YOUR DERMATOLOGIST ABOUT"))
        #expect(text.contains("Self-tanner") || text.contains("Self-Tanner") || text.contains("self-tanner"))
        #expect(text.contains("Limited evidence"))
        #expect(text.contains("$3,000–$6,000"))
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "line too wide: \(line)")
        }
    }

    @Test func jsonProfileFromStandardInputPrintsTheContract() async throws {
        let session = CommandSession(answers: [#"{"age": 32, "areas": ["thighs"], "daysUntilEvent": 2}"#])
        let code = await session.run(["plan", "--profile", "-", "--json"])
        #expect(code == 0)
        let plan = try session.json()
        let recommendations = try #require(plan["recommendations"] as? [[String: Any]])
        let first = try #require(recommendations.first)
        for key in ["treatment", "section", "rank", "reasons", "cautions", "evidence", "costUSD", "citations"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect((plan["excluded"] as? [[String: Any]])?.contains { $0["treatment"] as? String == "qwo" } == true)
        #expect(plan["redFlags"] is [String] && plan["questionsForYourDermatologist"] is [String])
        #expect(plan["expectations"] is String)
    }

    @Test func profileFileIsRead() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID()).json")
        try Data(#"{"age": 40, "setting": "home"}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let session = CommandSession()
        #expect(await session.run(["plan", "--profile", file.path, "--json"]) == 0)
        let sections = try #require(session.json()["recommendations"] as? [[String: Any]]).map {
            $0["section"] as? String
        }
        #expect(!sections.contains("in-office"))
    }

    @Test(arguments: [
        (["plan"], "--age"),
        (["plan", "--age", "abc"], "--age"),
        (["plan", "--age", "30", "--concern", "wrinkles"], "--concern"),
        (["plan", "--age", "30", "--fitzpatrick", "9"], "--fitzpatrick"),
        (["plan", "--age", "30", "--condition", "flu"], "--condition"),
        (["plan", "--age", "30", "--budget", "-1"], "--budget"),
        (["plan", "--profile", "/nonexistent.json"], "/nonexistent.json"),
        (["plan", "--age", "30", "--profile", "-"], "--profile"),
        (["plan", "--age", "30", "--colour", "red"], "--colour"),
    ])
    func badInputExitsTwoWithOneLineNamingIt(arguments: [String], named: String) async {
        let session = CommandSession()
        let code = await session.run(arguments)
        #expect(code == 2)
        #expect(session.stdout.isEmpty)
        let lines = session.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(session.stderr.contains(named), "stderr: \(session.stderr)")
    }

    @Test func badJSONProfileNamesTheField() async {
        let session = CommandSession(answers: [#"{"age": 30, "sex": "robot", "pets": 2}"#])
        #expect(await session.run(["plan", "--profile", "-"]) == 2)
        #expect(session.stdout.isEmpty)
        #expect(session.stderr.contains("sex") && session.stderr.contains("pets"))
    }
}

@Suite("cellulite treatments, treatment, products, kb lint")
struct CatalogueCommandTests {
    @Test func treatmentsListsEveryContractID() async throws {
        let session = CommandSession()
        #expect(await session.run(["treatments", "--json"]) == 0)
        let list = try #require(JSONSerialization.jsonObject(with: Data(session.stdout.utf8)) as? [[String: Any]])
        #expect(Set(list.compactMap { $0["id"] as? String }) == Set(ContractTreatmentIDs.all))
        let human = CommandSession()
        #expect(await human.run(["treatments"]) == 0)
        #expect(human.stdout.contains("qwo - Qwo") && human.stdout.contains("[discontinued]"))
    }

    @Test func treatmentShowsEveryFactWithSources() async {
        let session = CommandSession()
        #expect(await session.run(["treatment", "sculptra"]) == 0)
        #expect(session.stdout.contains("OFF-LABEL"))
        #expect(session.stdout.contains("[S35]"))
        #expect(session.stdout.contains("10.36849/JDD.5380"))
        for line in session.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test func unknownSlugIsBadInput() async {
        let session = CommandSession()
        #expect(await session.run(["treatment", "unicorn"]) == 2)
        #expect(session.stdout.isEmpty && session.stderr.contains("unknown treatment 'unicorn'"))
    }

    @Test func productsFilterByActive() async throws {
        let session = CommandSession()
        #expect(await session.run(["products", "--active", "retinol", "--json"]) == 0)
        let list = try #require(JSONSerialization.jsonObject(with: Data(session.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["treatment"] as? String } == ["retinol-topical"])
        let unknown = CommandSession()
        #expect(await unknown.run(["products", "--active", "unobtainium"]) == 2)
        #expect(unknown.stdout.isEmpty)
    }

    @Test func kbLintPassesOnTheBundledBaseAndFailsOnABrokenCopy() async throws {
        let clean = CommandSession()
        #expect(await clean.run(["kb", "lint"]) == 0)
        let bundled = try KnowledgeBaseLoader.bundled()
        #expect(clean.stdout.hasPrefix("knowledge base OK: \(bundled.treatments.count) treatments"))

        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID())")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: broken) }
        let note = #"{"text": "x", "citations": ["S404"]}"#
        let notes = ["doingNothing", "beforeEvent", "mildSeverity", "unstudiedAreas", "unpricedHomeOption"]
            .map { "\"\($0)\": \(note)" }.joined(separator: ", ")
        try Data(
            #"{"lastReviewed": "2026-11-26", "planNotes": {\#(notes)}, "about": [\#(note)], "expectations": [], "exampleQuestions": []}"#
                .utf8
        )
        .write(to: broken.appendingPathComponent("meta.json"))
        for name in ["treatments.json", "citations.json", "products.json", "safety-rules.json", "faq.json"] {
            try Data("[]".utf8).write(to: broken.appendingPathComponent(name))
        }
        let session = CommandSession()
        #expect(await session.run(["kb", "lint", "--dir", broken.path]) == 1)
        let lines = session.stdout.split(separator: "\n")
        let missingIDs = lines.filter { $0.hasPrefix("treatments.json: missing contract treatment id") }
        let dangling = lines.filter { $0 == "meta.json: a fact cites unknown source 'S404'" }
        #expect(missingIDs.count == ContractTreatmentIDs.all.count)
        #expect(dangling.count == 6)  // the about fact and the five plan notes
        #expect(lines.count == missingIDs.count + dangling.count)
    }
}
