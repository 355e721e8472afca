import CelluliteKit
import CelluliteViews

enum AboutPage {
    static func model(_ kb: KnowledgeBase) -> AboutVM {
        let lowConfidence = kb.treatments.flatMap(\.allFacts).filter { $0.confidence.isLow }.count
        return AboutVM(
            chrome: Present.chrome(
                kb.meta, title: "About this site", active: .about,
                description: "Who makes Cellulite Advisor, how its content is checked and dated, and how it is funded."),
            lastReviewed: kb.meta.lastReviewed, lastReviewedText: Present.dateText(kb.meta.lastReviewed),
            contents: "\(count(kb.treatments.count, "treatment")), \(count(kb.products.count, "product")) "
                + "and \(count(kb.citations.count, "source"))",
            lowConfidenceCount: lowConfidence)
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
