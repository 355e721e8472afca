import CelluliteViews
import Testing

@testable import CelluliteWeb

@Suite struct PresentMemoTests {
    @Test func eachKeyIsMadeOnceAndNothingIsKeptOnceFull() {
        let memo = PresentMemo<Int, String>(capacity: 2)
        var made = 0
        func value(_ key: Int) -> String {
            memo.value(key) { key in
                made += 1
                return "value \(key)"
            }
        }
        #expect([value(1), value(1), value(2), value(1)] == ["value 1", "value 1", "value 2", "value 1"])
        #expect(made == 2)
        // Full: a third key is still right, made every time.
        #expect([value(3), value(3)] == ["value 3", "value 3"])
        #expect(made == 4)
    }

    /// The memoized view-models are the ones made without the memo.
    @Test func memoizedCitationRefsAndEvidenceAreWhatTheyWouldBe() {
        let first = Present.citationRef("hexsel-2009", on: .sources)
        #expect(Present.citationRef("hexsel-2009", on: .sources) == first)
        #expect(first == CitationRef(id: "hexsel-2009", href: .anchor(.sources, id: "source-hexsel-2009")))
        #expect(
            Present.citationRef("hexsel-2009", on: nil)
                == CitationRef(id: "hexsel-2009", href: .onThisPage(id: "source-hexsel-2009")))
        #expect(
            Present.citationRef("a b", on: .sources)
                == CitationRef(id: "a b", href: .anchor(.sources, id: "source-a-b")))
        // Every input is part of the key: a change in any of them is a different view-model.
        let evidence = Present.evidence(sort: .b, grade: .veryLow, ocebm: "2b")
        #expect(Present.evidence(sort: .b, grade: .veryLow, ocebm: "2b") == evidence)
        #expect(Present.evidence(sort: .a, grade: .veryLow, ocebm: "2b") != evidence)
        #expect(Present.evidence(sort: .b, grade: .low, ocebm: "2b") != evidence)
        #expect(Present.evidence(sort: .b, grade: .veryLow, ocebm: "3") != evidence)
        #expect(Present.evidence(sort: .b, grade: .veryLow, ocebm: "2b", label: "Mixed") != evidence)
    }
}
