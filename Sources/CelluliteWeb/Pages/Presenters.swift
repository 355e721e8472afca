import CelluliteKit
import CelluliteViews

/// Turns domain values into view-model pieces shared by several pages.
enum Present {
    static func chrome(_ meta: KnowledgeMeta, title: String, active: NavItem?, description: String? = nil) -> PageChrome
    {
        var chrome = PageChrome(
            title: title, active: active, lastReviewed: meta.lastReviewed,
            lastReviewedText: reviewDateTexts.value(meta.lastReviewed, dateText), version: CelluliteKitVersion.value)
        if let description { chrome.description = description }
        return chrome
    }

    /// Every page's footer shows the knowledge base's review date, written out once per date.
    private static let reviewDateTexts = BoundedMemo<String, String>(capacity: 16)

    /// "2026-11-26" → "26 November 2026"; anything else is shown as given.
    static func dateText(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// Where a citation id points: its entry on `page` (the sources page, a treatment's page),
    /// or on the page being shown when `page` is nil.
    static func citationRef(_ id: String, on page: SiteURL?) -> CitationRef {
        citationRefs.value(CitationRefKey(id: id, page: page)) { key in
            let anchor = "source-\(anchorID(key.id))"
            return CitationRef(id: key.id, href: key.page?.anchored(anchor) ?? .onThisPage(id: anchor))
        }
    }

    private struct CitationRefKey: Hashable, Sendable {
        var id: String
        var page: SiteURL?
    }

    private static let citationRefs = BoundedMemo<CitationRefKey, CitationRef>(capacity: 1_024)

    /// Letters, digits and hyphens kept, anything else a hyphen. Citation ids are ASCII and
    /// already clean, so they come back as they are, without building a string per character
    /// (a plan page makes about a hundred of these).
    static func anchorID(_ id: String) -> String {
        let clean = id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                true
            default: false
            }
        }
        return clean ? id : String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    static func confidenceNote(_ confidence: Confidence) -> String? {
        switch confidence {
        case .confirmed: nil
        case .lowQualitySource:
            "Low confidence: this comes only from a consumer website, clinic page or blog."
        case .unconfirmed:
            "Unconfirmed: we could not check this against a primary source."
        }
    }

    static func fact(_ fact: Fact, sourcesOn page: SiteURL?) -> FactVM {
        FactVM(
            text: fact.text, citations: fact.citations.map { citationRef($0, on: page) },
            confidenceNote: confidenceNote(fact.confidence))
    }

    static func citation(_ citation: Citation) -> CitationVM {
        let year = citation.year.map { " (\($0))" } ?? ""
        let quality: String =
            switch citation.quality {
            case .primary: "Primary source: a study, trial, label or regulatory record"
            case .secondary: "Secondary source: a review, textbook or grading framework"
            case .low: "Low-quality source: a consumer site, clinic page, blog or press article"
            }
        return CitationVM(
            id: citation.id, anchor: "source-\(anchorID(citation.id))", byline: citation.authors + year,
            title: citation.title, journal: citation.journal,
            doi: citation.doi, doiURL: citation.doi.map { "https://doi.org/\($0)" },
            pmid: citation.pmid, pubmedURL: citation.pmid.map { "https://pubmed.ncbi.nlm.nih.gov/\($0)/" },
            pmcid: citation.pmcid,
            pmcURL: citation.pmcid.map { "https://www.ncbi.nlm.nih.gov/pmc/articles/\($0)/" },
            qualityText: quality, isLowQuality: citation.quality == .low,
            unconfirmed: citation.unconfirmed.map { "Not checked: \($0)" })
    }

    static func citations(_ ids: [String], in knowledgeBase: KnowledgeBase) -> [CitationVM] {
        uniqued(ids).compactMap { knowledgeBase.citation($0).map(citation) }
    }

    static func evidence(sort: SORTGrade, grade: GRADECertainty, ocebm: String, label: String? = nil) -> EvidenceVM {
        evidenceVMs.value(EvidenceKey(sort: sort, grade: grade, ocebm: ocebm, label: label)) { key in
            let certainty = key.grade == .veryLow ? "very low" : key.grade.rawValue
            return EvidenceVM(
                label: key.label ?? key.grade.plainWords, symbol: key.grade.symbol, level: key.grade.rawValue,
                detail:
                    "How strongly the evidence supports it: SORT grade \(key.sort.rawValue) (A is strong, C is weak). "
                    + "How sure we can be of the effect: GRADE certainty \(certainty) "
                    + "(high, moderate, low or very low). Best single study: Oxford CEBM level \(key.ocebm) (1 is best, 5 weakest)."
            )
        }
    }

    private struct EvidenceKey: Hashable, Sendable {
        var sort: SORTGrade
        var grade: GRADECertainty
        var ocebm: String
        var label: String?
    }

    private static let evidenceVMs = BoundedMemo<EvidenceKey, EvidenceVM>(capacity: 1_024)

    static func evidence(_ evidence: Evidence) -> EvidenceVM {
        self.evidence(sort: evidence.sort, grade: evidence.grade, ocebm: evidence.ocebm, label: evidence.label)
    }

    static func evidence(_ evidence: PlanEvidence) -> EvidenceVM {
        self.evidence(sort: evidence.sort, grade: evidence.grade, ocebm: evidence.ocebm, label: evidence.label)
    }

    static func money(_ amount: Int) -> String { Money.dollars(amount) }

    static func priceText(min: Int?, max: Int?, unit: String) -> String {
        switch (min, max) {
        case (0?, 0?): "Free (\(unit))"
        case (let low?, let high?) where low == high: "About \(money(low)) \(unit)"
        case (let low?, let high?): "\(money(low)) to \(money(high)) \(unit)"
        case (let low?, nil): "From \(money(low)) \(unit)"
        default: "No reliable price found"
        }
    }

    static func cost(_ cost: CostRange, sourcesOn page: SiteURL?, in kb: KnowledgeBase) -> CostVM {
        CostVM(
            text: priceText(min: cost.minUSD, max: cost.maxUSD, unit: cost.unit), note: cost.note,
            confidenceNote: cost.isKnown ? confidenceNote(cost.confidence) : nil,
            citations: cost.citations.map { citationRef($0, on: page) },
            currencyNote: cost.isKnown ? currencyNote(cost.citations, in: kb) : nil)
    }

    /// Made once per distinct price (every plan item has one; its text is built from numbers).
    static func cost(_ cost: PlanCost) -> CostVM {
        planCostVMs.value(cost) { cost in
            CostVM(
                text: priceText(min: cost.min, max: cost.max, unit: cost.unit), note: nil,
                confidenceNote: cost.min == nil ? nil : confidenceNote(cost.confidence), citations: [],
                currencyNote: cost.min == nil ? nil : "in US dollars")
        }
    }

    private static let planCostVMs = BoundedMemo<PlanCost, CostVM>(capacity: 1_024)

    /// "in US dollars, as quoted in 2023": prices are only as current as their sources.
    static func currencyNote(_ citationIDs: [String], in kb: KnowledgeBase) -> String {
        let years = uniqued(citationIDs.compactMap { kb.citation($0)?.year })
        guard !years.isEmpty else {
            return "in US dollars; the source gives no date (our last review: \(dateText(kb.meta.lastReviewed)))"
        }
        return "in US dollars, as quoted in \(years.joined(separator: " and "))"
    }

    /// "1 day", "2 to 7 days", "14 days or more", "none".
    static func days(_ range: DayRange) -> String {
        func unit(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
        switch range.maxDays {
        case nil: return range.minDays == 0 ? "Not known" : "\(unit(range.minDays)) or more"
        case let max? where max == range.minDays: return max == 0 ? "None" : unit(max)
        case let max?: return "\(range.minDays) to \(unit(max))"
        }
    }

    static func mechanismTitle(_ mechanism: Mechanism) -> String {
        switch mechanism {
        case .releaseBands: "Releases the bands"
        case .reduceFat: "Reduces fat"
        case .firmSkin: "Firms the skin"
        case .fill: "Fills dimples"
        case .camouflage: "Camouflages"
        case .reduceFluid: "Reduces fluid"
        }
    }

    static func settingTitle(_ setting: TreatmentSetting) -> String {
        switch setting {
        case .inOffice: "In a clinic"
        case .home: "At home"
        }
    }

    static func availabilityTitle(_ status: AvailabilityStatus) -> String {
        switch status {
        case .available: "Available"
        case .discontinued: "Discontinued: no longer sold"
        case .unknown: "Availability unclear"
        }
    }

    /// In first-seen order. Lists here are short (a treatment's few citations), and for those a
    /// scan is cheaper than hashing every item into a set.
    static func uniqued<Item: Hashable>(_ items: [Item]) -> [Item] {
        guard items.count > 8 else {
            var unique: [Item] = []
            unique.reserveCapacity(items.count)
            for item in items where !unique.contains(item) { unique.append(item) }
            return unique
        }
        var seen = Set<Item>()
        return items.filter { seen.insert($0).inserted }
    }
}
