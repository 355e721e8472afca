/// A severity scale as a type. Each scale is a caseless enum conforming to this protocol and is
/// used as the phantom parameter of `SeverityScore`, so scores from different scales cannot be
/// compared, averaged or subtracted: the compiler refuses it.
///
/// Every scale in this module scores "higher = more severe".
public protocol SeverityScale: Sendable {
    /// Stable identifier stored beside every score, e.g. "hexsel-css".
    static var id: String { get }
    /// The version of the scale, stored beside every score, e.g. "2009".
    static var version: String { get }
    /// A human name, e.g. "Hexsel Cellulite Severity Scale".
    static var name: String { get }
    /// Valid scores, inclusive.
    static var range: ClosedRange<Int> { get }
    /// What one score is called on this scale: "total", "stage", "level".
    static var scoreNoun: String { get }
    /// What change on this scale counts as meaningful, and how sure we are.
    static var meaningfulChange: MeaningfulChange { get }
    /// Source ids of the research sheet that describe the scale, e.g. ["S11"].
    static var citations: [String] { get }
}

extension SeverityScale {
    /// "0–15, higher = more severe".
    public static var rangeDescription: String {
        "\(range.lowerBound)–\(range.upperBound), higher = more severe"
    }
}

/// A scale that a profile's `severity` (ARCHITECTURE 3.2) may be given on.
public protocol ProfileSeverityScale: SeverityScale {
    static var readingScale: SeverityScaleID { get }
}

/// How big a change on a scale must be to count as meaningful, with honest confidence.
public struct MeaningfulChange: Codable, Sendable, Hashable {
    /// The smallest change, in scale points, that counts as meaningful; nil when no source gives one.
    public var points: Int?
    /// `confirmed` only when a source validated this threshold for this very scale.
    public var confidence: Confidence
    /// One or two plain sentences: where the threshold comes from, or why there is none.
    public var explanation: String
    public var citations: [String]

    public init(points: Int?, confidence: Confidence, explanation: String, citations: [String]) {
        self.points = points
        self.confidence = confidence
        self.explanation = explanation
        self.citations = citations
    }
}
