import CelluliteKit
import Foundation
import Testing

@Suite struct KnowledgeBaseTests {
    @Test func definesEveryContractTreatmentExactlyOnce() {
        #expect(knowledgeBase.treatments.map(\.id).sorted() == ContractTreatmentIDs.all.sorted())
    }

    @Test func everyTreatmentHasEvidenceCitationsAndResolvableSources() {
        for treatment in knowledgeBase.treatments {
            #expect(!treatment.citations.isEmpty, "\(treatment.id) has no citation")
            #expect(!treatment.evidence.basis.isEmpty, "\(treatment.id) has no evidence basis")
            for fact in treatment.allFacts {
                #expect(!fact.citations.isEmpty, "\(treatment.id): \(fact.text)")
                for id in fact.citations { #expect(knowledgeBase.citation(id) != nil, "\(treatment.id) cites \(id)") }
            }
        }
    }

    @Test func unconfirmedFactsStayLowConfidence() {
        // The research marks these UNCONFIRMED; they must never be promoted to confirmed.
        let avelicost = knowledgeBase.treatment("aveli")!.cost
        #expect(avelicost.minUSD == nil && avelicost.confidence == .unconfirmed)
        #expect(knowledgeBase.treatment("cellulaze")!.availability.status == .unknown)
        let retinolProduct = knowledgeBase.products.first { $0.actives.contains("retinol") }!
        #expect(retinolProduct.contents.contains { $0.text.contains("0.1%") && $0.confidence == .unconfirmed })
        for fact in knowledgeBase.treatments.flatMap(\.allFacts) where fact.text.lowercased().contains("not confirmed")
        {
            #expect(fact.confidence.isLow, "says 'not confirmed' but is marked confirmed: \(fact.text)")
        }
    }

    @Test func discontinuedAndOffLabelAreMarked() {
        #expect(knowledgeBase.treatment("qwo")!.availability.status == .discontinued)
        #expect(knowledgeBase.treatment("sculptra")!.regulatory.offLabelForCellulite)
        #expect(!knowledgeBase.treatment("cryolipolysis")!.treatsCellulite)
        let offLabel = knowledgeBase.treatments.filter(\.regulatory.offLabelForCellulite).map(\.id)
        // Sculptra and dilute calcium hydroxylapatite are fillers labelled for the face (and hands).
        #expect(offLabel == ["sculptra", "calcium-hydroxylapatite"])
    }

    @Test func nothingIsCalledACure() {
        let texts =
            knowledgeBase.treatments.flatMap { [$0.summary] + $0.allFacts.map(\.text) }
            + knowledgeBase.meta.expectations.map(\.text)
        for text in texts {
            let lower = text.lowercased()
            #expect(!lower.contains(" cures ") && !lower.contains("is a cure"), "\(text)")
        }
    }

    @Test func theFourArticleProductsAndAGenericCaffeineCreamArePriced() {
        let names = knowledgeBase.products.map(\.name)
        for expected in [
            "Supermodel Body", "The Body Lotion", "Retinol Skin-Smoothing Body Treatment",
            "Gardenia + Tea Antioxidant Body Serum",
        ] {
            #expect(names.contains { $0.contains(expected) }, "missing \(expected)")
        }
        let caffeine = knowledgeBase.products(withActive: "caffeine")
        #expect(caffeine.count == 1)
        #expect(caffeine.first?.price.minUSD == 12 && caffeine.first?.price.maxUSD == 60)
        #expect(knowledgeBase.products(withActive: "Retinol").map(\.treatment) == ["retinol-topical"])
    }

    @Test func safetyRulesCoverR1ToR17() {
        let ids = Set(knowledgeBase.safetyRules.map(\.id))
        for number in 1...17 { #expect(ids.contains("R\(number)"), "missing R\(number)") }
    }
}
