import Testing

@testable import CelluliteViews

/// A plan item's heading, facts, examples and sources are memoized under keys that hash only a
/// few fields: items that agree on those but differ anywhere else must still get their own HTML.
@Suite struct PlanItemMemoTests {
    static func item(
        cost: String = "About $28 per bottle", evidence: String = "Limited evidence", downtime: String = "None",
        examples: [String] = ["Cream A ($28)"], citations: [String] = ["S48", "S52"], printURL: String? = nil
    ) -> PlanItemVM {
        PlanItemVM(
            rank: 1, name: "Retinol creams", href: .treatment(slug: "retinol-topical"), reasons: [], cautions: [],
            needsClinicianReview: false,
            evidence: EvidenceVM(label: evidence, symbol: "●●○○", level: "low", detail: "SORT C"),
            cost: CostVM(text: cost, citations: []), timeToResults: "3–6 months", downtime: downtime,
            examples: examples,
            citations: citations.map { CitationRef(id: $0, href: .onThisPage(id: "source-\($0)")) },
            printURL: printURL)
    }

    @Test func itemsThatDifferOutsideTheHashedFieldsGetTheirOwnFacts() {
        let variants = [
            Self.item(), Self.item(cost: "$25 to $39 per product"), Self.item(evidence: "Very limited evidence"),
            Self.item(downtime: "1 day"), Self.item(printURL: "https://example.org/treatments/retinol-topical"),
        ]
        let written = variants.map { PlanView.headingAndFacts($0, level: 3).rendered }
        #expect(Set(written).count == variants.count)
        #expect(written[1].contains("$25 to $39 per product") && !written[1].contains("$28"))
        #expect(written[2].contains("Very limited evidence"))
        #expect(written[3].contains("<dd>1 day</dd>"))
        #expect(written[4].contains("https://example.org/treatments/retinol-topical"))
        // The first again: the memo gives back what it wrote for that key, not the last one.
        #expect(PlanView.headingAndFacts(Self.item(), level: 3).rendered == written[0])
    }

    @Test func itemsThatDifferOutsideTheHashedFieldsGetTheirOwnSources() {
        let variants = [
            Self.item(), Self.item(examples: ["Cream A ($28)", "Cream B ($30)"]),
            Self.item(examples: ["Cream C ($28)"]), Self.item(citations: ["S48", "S54"]),
            Self.item(citations: ["S48"]),
        ]
        let written = variants.map { PlanView.examplesAndSources($0).rendered }
        #expect(Set(written).count == variants.count)
        #expect(written[2].contains("Cream C") && !written[2].contains("Cream A"))
        #expect(written[3].contains("S54") && !written[3].contains("S52"))
        #expect(PlanView.examplesAndSources(Self.item()).rendered == written[0])
    }
}
