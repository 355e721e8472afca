import CelluliteKit
import CelluliteViews

enum SourcesPage {
    static func model(_ kb: KnowledgeBase) -> SourcesVM {
        SourcesVM(
            chrome: Present.chrome(kb.meta, title: "Sources and how we grade evidence", active: .sources),
            citations: kb.citations.map(Present.citation),
            badges: [
                Present.evidence(sort: .a, grade: .high, ocebm: "1"),
                Present.evidence(sort: .b, grade: .moderate, ocebm: "2"),
                Present.evidence(sort: .b, grade: .low, ocebm: "3"),
                Present.evidence(sort: .c, grade: .veryLow, ocebm: "4"),
            ],
            terms: Glossary.all)
    }
}
