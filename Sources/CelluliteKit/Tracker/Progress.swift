/// Progress on one scale, version and (for the Hexsel CSS) body site: the check-ins' scores,
/// oldest first (`GET /api/me/progress`). Scores of different scales or versions are never in one
/// series, because their numbers mean different things (a Hexsel CSS total of 6 is not a
/// self-rating of 6). Hexsel CSS sites are kept apart too, because the scale is scored per site
/// and its items behave differently between sites [S11]; an assessment without a site is a
/// series of its own.
public struct ProgressSeries: Sendable, Hashable {
    public let scale: SeverityScaleID
    public let version: String
    public let site: BodySite?
    /// Oldest first; several check-ins on one date are all kept, in the order they were recorded.
    public let points: [ProgressPoint]

    /// From the first to the latest point; nil with a single point, where nothing has changed yet.
    public var change: ProgressChange? {
        guard points.count >= 2, let first = points.first, let last = points.last else { return nil }
        return ProgressChange(scale: scale, from: first.value, to: last.value)
    }

    /// One series per scale, version and site, in the order of `SeverityScaleID.allCases`, then
    /// version, then site (none first, then `BodySite.allCases`).
    public static func series(from checkIns: some Sequence<CheckIn>) -> [ProgressSeries] {
        let groups = Dictionary(grouping: checkIns) { SeriesKey($0.assessment) }
        return groups.keys.sorted().map { key in
            ProgressSeries(
                scale: key.scale, version: key.version, site: key.site,
                points: groups[key]!.sorted(by: CheckIn.chronologically).map(ProgressPoint.init))
        }
    }
}

/// One score of a series: `{"date", "value"}` plus the check-in it came from.
public struct ProgressPoint: Sendable, Hashable, Encodable {
    public let date: LocalDate
    /// The score on the series' scale.
    public let value: Int
    public let checkIn: CheckIn.ID

    public init(_ checkIn: CheckIn) {
        date = checkIn.date
        value = checkIn.assessment.score
        self.checkIn = checkIn.id
    }
}

/// The change from the first to the latest score: `{"from", "to", "delta", "meaningful"}`.
/// Every scale here is "higher = more severe", so a negative delta is an improvement.
public struct ProgressChange: Sendable, Hashable {
    public let from: Int
    public let to: Int
    public var delta: Int { to - from }
    /// Whether the change reaches the scale's meaningful change, in either direction; nil (no
    /// verdict) where the sources give no threshold. Hexsel CSS: none in our sources [S11];
    /// Nürnberger–Müller: none, and stages are categories [S5][S14a]; self-rating: 1 level,
    /// borrowed from the validated PR-PCSS, whose labels it shares [S14] (see `SelfRating`).
    public let meaningful: Bool?

    public init(scale: SeverityScaleID, from: Int, to: Int) {
        self.from = from
        self.to = to
        meaningful = scale.meaningfulChange.points.map { abs(to - from) >= $0 }
    }
}

extension ProgressChange: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, delta, meaningful }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(delta, forKey: .delta)
        if let meaningful {
            try container.encode(meaningful, forKey: .meaningful)
        } else {
            try container.encodeNil(forKey: .meaningful)
        }
    }
}

extension ProgressSeries: Encodable {
    private enum CodingKeys: String, CodingKey { case scale, version, site, points, change }

    /// `{"scale", "version", "points", "change"}`, `site` when there is one, `change` null for one point.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scale, forKey: .scale)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(site, forKey: .site)
        try container.encode(points, forKey: .points)
        if let change {
            try container.encode(change, forKey: .change)
        } else {
            try container.encodeNil(forKey: .change)
        }
    }
}

/// What keeps series apart.
private struct SeriesKey: Hashable, Comparable {
    let scale: SeverityScaleID
    let version: String
    let site: BodySite?

    init(_ assessment: ScoredAssessment) {
        scale = assessment.scale
        version = assessment.version
        site = assessment.site
    }

    private var order: (Int, String, Int) {
        (
            SeverityScaleID.allCases.firstIndex(of: scale)!, version,
            site.map { BodySite.allCases.firstIndex(of: $0)! + 1 } ?? 0
        )
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
