/// A score on one scale. The scale is a phantom type: `SeverityScore<HexselCSS>` and
/// `SeverityScore<SimplifiedCSS>` are different types, so they cannot be compared, averaged or
/// subtracted. Ordering, averages and changes exist only within one scale.
public struct SeverityScore<Scale: SeverityScale>: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int

    /// Throws when `value` is outside `Scale.range`.
    public init(_ value: Int) throws(AssessmentError) {
        guard Scale.range.contains(value) else {
            throw .scoreOutOfRange(scale: Scale.id, value: value, range: Scale.range)
        }
        self.value = value
    }

    public var scaleID: String { Scale.id }
    public var version: String { Scale.version }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    /// The mean of scores on the same scale; nil for no scores.
    public static func mean(_ scores: some Collection<Self>) -> Double? {
        guard !scores.isEmpty else { return nil }
        return Double(scores.reduce(0) { $0 + $1.value }) / Double(scores.count)
    }

    /// Points gained since `baseline` (negative = improvement, since higher is more severe).
    public func change(from baseline: Self) -> Int { value - baseline.value }

    /// Whether the change from `baseline` reaches the scale's meaningful change, in either
    /// direction; nil when the scale has no known threshold.
    public func isMeaningfulChange(from baseline: Self) -> Bool? {
        guard let points = Scale.meaningfulChange.points else { return nil }
        return abs(change(from: baseline)) >= points
    }

    /// "hexsel-css 2009: 8 (0–15, higher = more severe)".
    public var description: String { "\(Scale.id) \(Scale.version): \(value) (\(Scale.rangeDescription))" }
}

extension SeverityScore: Codable {
    private enum CodingKeys: String, CodingKey { case scale, version, score }

    /// Encodes as `{"scale": ..., "version": ..., "score": ...}` so the scale travels with the score.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Scale.id, forKey: .scale)
        try container.encode(Scale.version, forKey: .version)
        try container.encode(value, forKey: .score)
    }

    /// Refuses a score recorded on another scale, another version, or out of range.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let scale = try container.decode(String.self, forKey: .scale)
        guard scale == Scale.id else {
            throw DecodingError.dataCorruptedError(
                forKey: .scale, in: container, debugDescription: "expected scale \(Scale.id), got \(scale)")
        }
        let version = try container.decode(String.self, forKey: .version)
        guard version == Scale.version else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "expected \(Scale.id) version \(Scale.version), got \(version)")
        }
        let value = try container.decode(Int.self, forKey: .score)
        do {
            try self.init(value)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .score, in: container, debugDescription: error.description)
        }
    }
}

extension SeverityScore where Scale: ProfileSeverityScale {
    /// The score as a profile carries it.
    public var reading: SeverityReading { SeverityReading(scale: Scale.readingScale, score: value) }

    /// Takes a profile reading, refusing one on another scale or out of range.
    public init(reading: SeverityReading) throws(AssessmentError) {
        guard reading.scale == Scale.readingScale else {
            throw .scaleMismatch(expected: Scale.id, got: reading.scale.rawValue)
        }
        try self.init(reading.score)
    }
}
