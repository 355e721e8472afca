import Foundation
import Testing

@testable import CelluliteCLI

@Suite("cellulite assess")
struct AssessCommandTests {
    @Test("css --json prints the ARCHITECTURE 3.4 object")
    func cssJSON() async throws {
        let session = CommandSession()
        let code = await session.run(["assess", "css", "--items", "2,2,1,2,1", "--json"])
        #expect(code == 0)
        let object = try session.json()
        #expect(object["scale"] as? String == "hexsel-css")
        #expect(object["version"] as? String == "2009")
        #expect(object["items"] as? [Int] == [2, 2, 1, 2, 1])
        #expect(object["total"] as? Int == 8)
        #expect(object["band"] as? String == "moderate")
        #expect(object["site"] == nil)
        #expect((object["lowConfidence"] as? [String])?.contains("band-cut-offs") == true)
        #expect(session.stderr.isEmpty)
    }

    @Test(
        "css bands",
        arguments: [
            ("0,0,0,0,0", 0, "none"), ("1,1,1,1,1", 5, "mild"), ("2,2,2,2,2", 10, "moderate"),
            ("3,2,2,2,2", 11, "severe"), ("3, 3, 3, 3, 3", 15, "severe"),
        ])
    func cssBands(items: String, total: Int, band: String) async throws {
        let session = CommandSession()
        #expect(await session.run(["assess", "css", "--items", items, "--site", "left-buttock", "--json"]) == 0)
        let object = try session.json()
        #expect(object["total"] as? Int == total)
        #expect(object["band"] as? String == band)
        #expect(object["site"] as? String == "left-buttock")
    }

    @Test("nurnberger-muller --json prints the stage")
    func nurnbergerMullerJSON() async throws {
        let session = CommandSession()
        let code = await session.run([
            "assess", "nurnberger-muller", "--standing", "dimpled", "--lying", "smooth", "--pinch", "positive",
            "--json",
        ])
        #expect(code == 0)
        let object = try session.json()
        #expect(object["scale"] as? String == "nurnberger-muller")
        #expect(object["stage"] as? Int == 2)
        #expect(object["version"] as? String == "1978")
        #expect(object["variant"] as? String == "four-stage")
    }

    @Test(
        "nurnberger-muller stages",
        arguments: [
            ("smooth", "smooth", "negative", 0), ("smooth", "smooth", "positive", 1),
            ("dimpled", "smooth", "positive", 2), ("dimpled", "dimpled", "positive", 3),
        ])
    func nurnbergerMullerStages(standing: String, lying: String, pinch: String, stage: Int) async throws {
        let session = CommandSession()
        let code = await session.run([
            "assess", "nurnberger-muller", "--standing", standing, "--lying", lying, "--pinch", pinch, "--json",
        ])
        #expect(code == 0)
        #expect(try session.json()["stage"] as? Int == stage)
    }

    @Test("self-rating --json keeps its own labels")
    func selfRatingJSON() async throws {
        let session = CommandSession()
        #expect(await session.run(["assess", "self-rating", "--level", "1", "--json"]) == 0)
        let object = try session.json()
        #expect(object["scale"] as? String == "self-rating")
        #expect(object["version"] as? String == "1")
        #expect(object["level"] as? Int == 1)
        #expect(object["label"] as? String == "almost none")
    }

    @Test(
        "bad input exits 2 with one line on stderr and nothing on stdout",
        arguments: [
            ["assess", "css", "--items", "2,2,1,2", "--json"],
            ["assess", "css", "--items", "2,2,1,2,1,0", "--json"],
            ["assess", "css", "--items", "2,2,4,2,1", "--json"],
            ["assess", "css", "--items", "-1,2,1,2,1", "--json"],
            ["assess", "css", "--items", "2,x,1,2,1", "--json"],
            ["assess", "css", "--items", "", "--json"],
            ["assess", "css", "--items", "2,2,1,2,1", "--site", "left-arm", "--json"],
            ["assess", "css", "--json"],
            ["assess", "nurnberger-muller", "--standing", "bumpy", "--lying", "smooth", "--pinch", "positive"],
            ["assess", "nurnberger-muller", "--standing", "smooth", "--lying", "dimpled", "--pinch", "positive"],
            ["assess", "nurnberger-muller", "--standing", "smooth", "--lying", "smooth", "--pinch", "maybe"],
            ["assess", "self-rating", "--level", "5", "--json"],
            ["assess", "self-rating", "--level", "-1"],
            ["assess", "self-rating", "--level", "two"],
            ["assess"],
        ])
    func badInput(arguments: [String]) async {
        let session = CommandSession()
        let code = await session.run(arguments)
        #expect(code == 2)
        #expect(session.stdout.isEmpty)
        let lines = session.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(session.stderr)")
    }

    @Test("bad-input messages name the problem")
    func messages() async {
        let outOfRange = CommandSession()
        _ = await outOfRange.run(["assess", "css", "--items", "2,2,4,2,1"])
        #expect(outOfRange.stderr.contains("item C"))
        #expect(outOfRange.stderr.contains("0–3"))
        let count = CommandSession()
        _ = await count.run(["assess", "css", "--items", "2,2,1,2"])
        #expect(count.stderr.contains("got 4"))
        let word = CommandSession()
        _ = await word.run(["assess", "nurnberger-muller", "--standing", "bumpy", "--lying", "smooth", "--pinch", "no"])
        #expect(word.stderr.contains("--standing"))
        #expect(word.stderr.contains("bumpy"))
    }

    @Test("human output shows range and direction within 80 columns")
    func humanOutput() async {
        for arguments in [
            ["assess", "css", "--items", "2,2,1,2,1", "--site", "right-thigh"],
            ["assess", "nurnberger-muller", "--standing", "dimpled", "--lying", "dimpled", "--pinch", "negative"],
            ["assess", "self-rating", "--level", "3"],
        ] {
            let session = CommandSession()
            #expect(await session.run(arguments) == 0)
            #expect(session.stdout.contains("higher = more severe"))
            for line in session.stdout.split(separator: "\n") {
                #expect(line.count <= 80, "too wide: \(line)")
            }
        }
        let css = CommandSession()
        _ = await css.run(["assess", "css", "--items", "2,2,1,2,1"])
        #expect(css.stdout.contains("0–15, higher = more severe"))
        #expect(css.stdout.contains("Band: moderate"))
    }

    @Test("the interview asks one question at a time and re-asks a bad answer")
    func interview() async throws {
        let answers = [
            "1",  // area: left thigh
            "3",  // self-rating: moderate
            "7",  // A: bad answer, re-asked
            "2",  // A: 5–9 dimples
            "2",  // B: medium depth
            "1",  // C: orange peel
            "1",  // D: slightly draped
            "dimpled",  // standing
            "smooth",  // lying
            "yes",  // pinch positive
        ]
        let session = CommandSession(answers: answers)
        let code = await session.run(["assess"], interactive: true)
        #expect(code == 0, "\(session.stderr)")
        #expect(session.unusedAnswers.isEmpty)
        let out = session.stdout
        #expect(out.contains("light from one side"))
        #expect(out.contains("pinch"))
        #expect(out.contains("Please answer 0, 1, 2 or 3."))
        // Items 2,2,1,1 plus item E = stage II → total 8, moderate.
        #expect(out.contains("Total: 8 (0–15, higher = more severe)"))
        #expect(out.contains("Band: moderate"))
        #expect(out.contains("Stage: II"))
        #expect(out.contains("Level: 3, moderate"))
        #expect(out.contains("--items 2,2,1,1,2 --site left-thigh"))
        for line in out.split(separator: "\n") {
            #expect(line.count <= 80, "too wide: \(line)")
        }
    }

    @Test("the interview re-asks contradictory standing and lying answers")
    func interviewContradiction() async throws {
        let answers = [
            "right buttock", "0", "0", "0", "0", "0",
            "smooth", "dimpled", "no",  // no stage fits: asked again
            "smooth", "smooth", "no",  // stage 0
        ]
        let session = CommandSession(answers: answers)
        #expect(await session.run(["assess"], interactive: true) == 0)
        #expect(session.unusedAnswers.isEmpty)
        #expect(session.stdout.contains("fit no stage"))
        #expect(session.stdout.contains("Total: 0"))
        #expect(session.stdout.contains("Band: none"))
        #expect(session.stdout.contains("Stage: 0"))
    }

    @Test("the interview stops with exit 2 when the answers run out")
    func interviewEndOfInput() async {
        let session = CommandSession(answers: ["1", "2"])
        #expect(await session.run(["assess"], interactive: true) == 2)
        #expect(!session.stderr.isEmpty)
    }
}
