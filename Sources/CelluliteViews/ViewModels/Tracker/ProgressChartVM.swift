/// One progress series as a chart and as a table of the same numbers: a scale, a version and
/// (for the Hexsel CSS) a site. The presenter words everything; the view only lays it out.
public struct ProgressChartVM: Sendable, Hashable {
    /// Unique on the page; the chart's title and description hang off it.
    var id: String
    /// "Hexsel Cellulite Severity Scale (version 2009), left thigh".
    var title: String
    /// "Total, in points (0–15, higher = more severe)".
    var valueAxisLabel: String
    var dateAxisLabel: String
    /// The scale's whole range, so a small change is not drawn as a large one.
    var range: ClosedRange<Int>
    /// How the scale writes each value from the bottom of the range up ("0", "I", "II", "III" for
    /// stages); empty to write the numbers.
    var valueNames: [String]
    /// Oldest first.
    var points: [ProgressChartPointVM]
    /// What the chart shows in one sentence, for the SVG's description and the page.
    var summary: String
    /// The change from the first to the latest point and the scale's rule, or why there is no verdict.
    var verdict: String?
    var verdictNote: String?

    public init(
        id: String, title: String, valueAxisLabel: String, dateAxisLabel: String, range: ClosedRange<Int>,
        valueNames: [String] = [], points: [ProgressChartPointVM], summary: String, verdict: String?,
        verdictNote: String?
    ) {
        self.id = id
        self.title = title
        self.valueAxisLabel = valueAxisLabel
        self.dateAxisLabel = dateAxisLabel
        self.range = range
        self.valueNames = valueNames
        self.points = points
        self.summary = summary
        self.verdict = verdict
        self.verdictNote = verdictNote
    }
}

extension ProgressChartVM {
    /// `value` as the scale writes it.
    func name(of value: Int) -> String {
        let index = value - range.lowerBound
        return valueNames.indices.contains(index) ? valueNames[index] : "\(value)"
    }
}

/// One score in a chart.
public struct ProgressChartPointVM: Sendable, Hashable {
    /// Days after the series' first point: the horizontal position.
    var dayOffset: Int
    /// "2 December 2026", for the table.
    var dateText: String
    /// "2 Dec", under the axis.
    var shortDateText: String
    var value: Int

    public init(dayOffset: Int, dateText: String, shortDateText: String, value: Int) {
        self.dayOffset = dayOffset
        self.dateText = dateText
        self.shortDateText = shortDateText
        self.value = value
    }
}
