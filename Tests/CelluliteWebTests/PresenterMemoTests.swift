import CelluliteViews
import Testing

@testable import CelluliteWeb

/// Presenters memoize some view-models by their inputs (`BoundedMemo`, whose keeping and
/// bound `MarkupMemo`'s test holds): what comes back is what would have been made.
@Suite struct PresenterMemoTests {
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
