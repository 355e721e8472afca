/// A scored Hexsel CSS: five items A–E (0–3 each), their total (0–15) and its band, for one site.
public struct HexselCSSAssessment: Sendable, Hashable {
    /// Item scores in order A, B, C, D, E.
    public let items: [Int]
    public let site: BodySite?

    /// Throws when there are not exactly five items or one is outside 0–3.
    public init(items: [Int], site: BodySite? = nil) throws(AssessmentError) {
        guard items.count == HexselCSSItem.allCases.count else {
            throw .wrongItemCount(expected: HexselCSSItem.allCases.count, got: items.count)
        }
        for (item, value) in zip(HexselCSSItem.allCases, items) where !HexselCSS.itemRange.contains(value) {
            throw .itemOutOfRange(item: item, value: value)
        }
        self.items = items
        self.site = site
    }

    /// Item E taken from a Nürnberger–Müller stage (grade 0–III → 0–3, mapping UNCONFIRMED).
    public init(
        a: Int, b: Int, c: Int, d: Int, stage: NurnbergerMullerStage, site: BodySite? = nil
    ) throws(AssessmentError) {
        try self.init(items: [a, b, c, d, stage.rawValue], site: site)
    }

    public func score(_ item: HexselCSSItem) -> Int {
        items[HexselCSSItem.allCases.firstIndex(of: item)!]
    }

    /// A+B+C+D+E, always within 0–15.
    public var total: SeverityScore<HexselCSS> {
        // Five items of 0–3 cannot leave 0–15.
        try! SeverityScore(items.reduce(0, +))
    }

    public var band: HexselCSSBand { HexselCSSBand(total: total) }

    /// What in this result rests on unconfirmed parts of the scale.
    public var lowConfidence: [HexselCSS.LowConfidencePoint] {
        var points: [HexselCSS.LowConfidencePoint] = [.bandCutOffs]
        if items.contains(0) { points.append(.levelZeroWording) }
        points.append(.itemEMapping)
        return points
    }

    public var reading: SeverityReading { total.reading }
}

extension HexselCSSAssessment: Encodable {
    private enum CodingKeys: String, CodingKey {
        case scale, version, items, total, band, site, range, meaningfulChange, lowConfidence
    }

    /// The `cellulite assess css --json` shape (ARCHITECTURE 3.4) plus optional extras.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(HexselCSS.id, forKey: .scale)
        try container.encode(HexselCSS.version, forKey: .version)
        try container.encode(items, forKey: .items)
        try container.encode(total.value, forKey: .total)
        try container.encode(band, forKey: .band)
        try container.encodeIfPresent(site, forKey: .site)
        try container.encode(HexselCSS.rangeDescription, forKey: .range)
        try container.encode(HexselCSS.meaningfulChange, forKey: .meaningfulChange)
        try container.encode(lowConfidence, forKey: .lowConfidence)
    }
}
