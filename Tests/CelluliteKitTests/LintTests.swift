import CelluliteKit
import Foundation
import Testing

/// Each test copies the bundled knowledge base, breaks exactly one thing, and checks that the
/// loader reports exactly that problem.
@Suite struct LintTests {
    private func problems(after mutate: (inout [String: Any]) throws -> Void) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kb-lint-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: KnowledgeBaseLoader.bundledDirectory, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String: Any] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try JSONSerialization.jsonObject(
                with: Data(contentsOf: directory.appendingPathComponent(name)))
        }
        try mutate(&files)
        for (name, json) in files {
            try JSONSerialization.data(withJSONObject: json).write(to: directory.appendingPathComponent(name))
        }
        do {
            _ = try KnowledgeBaseLoader.load(from: directory)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private func editTreatment(_ id: String, in files: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var treatments = files["treatments.json"] as! [[String: Any]]
        let index = treatments.firstIndex { $0["id"] as? String == id }!
        edit(&treatments[index])
        files["treatments.json"] = treatments
    }

    @Test func unchangedCopyIsClean() throws {
        #expect(try problems { _ in } == [])
    }

    @Test func danglingCitation() throws {
        let found = try problems { files in
            editTreatment("cellfina", in: &files) { $0["citations"] = ($0["citations"] as! [String]) + ["S999"] }
        }
        #expect(found == ["treatments.json: treatment 'cellfina' cites unknown source 'S999'"])
    }

    @Test func treatmentWithoutEvidence() throws {
        let found = try problems { files in editTreatment("aveli", in: &files) { $0["evidence"] = nil } }
        #expect(found.contains("treatments.json: entry 1 (aveli): missing 'evidence'"))
    }

    @Test func treatmentWithoutCitation() throws {
        let found = try problems { files in
            editTreatment("retinol-topical", in: &files) { $0["citations"] = [String]() }
        }
        #expect(found == ["treatments.json: treatment 'retinol-topical' has no citation"])
    }

    @Test func missingContractID() throws {
        let found = try problems { files in
            files["treatments.json"] = (files["treatments.json"] as! [[String: Any]]).filter {
                $0["id"] as? String != "bronzing-oil"
            }
            // Products and rules that point at it would also dangle; keep this fixture about the id.
            files["products.json"] = (files["products.json"] as! [[String: Any]]).filter {
                $0["treatment"] as? String != "bronzing-oil"
            }
            files["safety-rules.json"] = (files["safety-rules.json"] as! [[String: Any]]).map { rule in
                var rule = rule
                rule["effects"] = (rule["effects"] as! [[String: Any]]).map { effect in
                    var effect = effect
                    effect["treatments"] = (effect["treatments"] as! [String]).filter { $0 != "bronzing-oil" }
                    return effect
                }
                return rule
            }
            files["faq.json"] = (files["faq.json"] as! [[String: Any]]).filter {
                $0["topic"] as? String != "bronzing-oil"
            }
        }
        #expect(found == ["treatments.json: missing contract treatment id 'bronzing-oil'"])
    }

    @Test func productPointingAtUnknownTreatment() throws {
        let found = try problems { files in
            var products = files["products.json"] as! [[String: Any]]
            products[0]["treatment"] = "unicorn-cream"
            files["products.json"] = products
        }
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("points at unknown treatment 'unicorn-cream'") == true)
    }

    @Test func costRangeWithMinAboveMax() throws {
        let found = try problems { files in
            editTreatment("cellfina", in: &files) { treatment in
                var cost = treatment["cost"] as! [String: Any]
                cost["minUSD"] = 9000
                treatment["cost"] = cost
            }
        }
        #expect(found == ["treatments.json: treatment 'cellfina' cost range min 9000 > max 6000"])
    }

    private func editRule(_ id: String, in files: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var rules = files["safety-rules.json"] as! [[String: Any]]
        let index = rules.firstIndex { $0["id"] as? String == id }!
        edit(&rules[index])
        files["safety-rules.json"] = rules
    }

    @Test func misspeltTriggerConditionFailsTheLint() throws {
        let found = try problems { files in
            editRule("R1", in: &files) { $0["trigger"] = ["conditions": ["pregnant", "breast-feeding"]] }
        }
        #expect(found.count == 1)
        #expect(found.first?.contains("entry 0 (R1)") == true && found.first?.contains("trigger.conditions") == true)
    }

    @Test func misspeltTriggerKeyFailsTheLint() throws {
        let found = try problems { files in
            editRule("R6", in: &files) { $0["trigger"] = ["condition": ["skin-infection"]] }
        }
        #expect(found.count == 1)
        #expect(found.first?.contains("unknown trigger 'condition'") == true)
    }

    @Test func ruleThatCanNeverFireFailsTheLint() throws {
        let found = try problems { files in editRule("R9", in: &files) { $0["trigger"] = [String: Any]() } }
        #expect(found == ["safety-rules.json: rule 'R9' has no trigger, so it never fires"])
    }

    @Test func effectOnNoTreatmentFailsTheLint() throws {
        let found = try problems { files in
            editRule("R9", in: &files) { rule in
                var effects = rule["effects"] as! [[String: Any]]
                effects[0]["treatments"] = [String]()
                rule["effects"] = effects
            }
        }
        #expect(found == ["safety-rules.json: rule 'R9' has an effect on no treatment"])
    }

    @Test func planNoteWithUnknownSourceFailsTheLint() throws {
        let found = try problems { files in
            var meta = files["meta.json"] as! [String: Any]
            var notes = meta["planNotes"] as! [String: Any]
            var note = notes["doingNothing"] as! [String: Any]
            note["citations"] = ["S999"]
            notes["doingNothing"] = note
            meta["planNotes"] = notes
            files["meta.json"] = meta
        }
        #expect(found == ["meta.json: a fact cites unknown source 'S999'"])
    }

    @Test func exampleQuestionWithAnUnknownTopicFailsTheLint() throws {
        let found = try problems { files in
            var meta = files["meta.json"] as! [String: Any]
            meta["exampleQuestions"] = [["question": "Is it normal?", "topic": "normality"]]
            files["meta.json"] = meta
        }
        #expect(found == [#"meta.json: example question "Is it normal?" has unknown topic 'normality'"#])
    }
}
