import CelluliteKit
import CelluliteViews

/// Words one progress series for its chart and table: the scale and site in the title, the
/// units on the axis, and the change from the first to the latest score with the scale's own
/// rule for what counts, or no verdict where the sources give none.
enum ProgressChartPresenter {
    /// `recentOnly`: the series holds only the latest check-ins (the dashboard), so its first point
    /// is not the first check-in and no change from the first is claimed.
    static func model(_ series: ProgressSeries, recentOnly: Bool = false) -> ProgressChartVM {
        let scale = series.scale
        let first = series.points.first?.date ?? .minimum
        return ProgressChartVM(
            id: ["chart", scale.rawValue, series.version, series.site?.rawValue].compactMap { $0 }.joined(
                separator: "-"),
            title: title(series), valueAxisLabel: valueAxisLabel(scale), dateAxisLabel: "Date of the check",
            range: scale.scoreRange,
            valueNames: scale == .nurnbergerMuller ? NurnbergerMullerStage.allCases.map(\.roman) : [],
            points: series.points.map { point in
                ProgressChartPointVM(
                    dayOffset: first.days(until: point.date), dateText: Present.dateText(point.date.iso),
                    shortDateText: shortDate(point.date), value: point.value)
            },
            summary: recentOnly ? "Your most recent check-ins: " + summary(series) : summary(series),
            verdict: recentOnly
                ? "The change since your first check-in is on the page of all your check-ins."
                : series.change.map { verdict($0, scale: scale) },
            verdictNote: recentOnly || series.change == nil
                ? nil : Present.confidenceNote(scale.meaningfulChange.confidence))
    }

    /// "Hexsel Cellulite Severity Scale, version 2009, left thigh".
    static func title(_ series: ProgressSeries) -> String {
        let base = "\(series.scale.name), version \(series.version)"
        guard series.scale == .hexselCSS else { return base }
        return "\(base), \(series.site?.label ?? "site not recorded")"
    }

    private static func valueAxisLabel(_ scale: SeverityScaleID) -> String {
        let range = scale.scoreRange
        switch scale {
        case .hexselCSS: return "Total in points, \(range.lowerBound)–\(range.upperBound) (higher = more severe)"
        case .nurnbergerMuller: return "Stage, 0–III (higher = more severe)"
        case .selfRating: return "Level, \(range.lowerBound)–\(range.upperBound) (higher = more severe)"
        }
    }

    private static func unit(_ scale: SeverityScaleID, _ count: Int) -> String {
        let noun =
            switch scale {
            case .hexselCSS: "point"
            case .nurnbergerMuller: "stage"
            case .selfRating: "level"
            }
        return "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func name(_ value: Int, _ scale: SeverityScaleID) -> String {
        scale == .nurnbergerMuller ? "stage \(NurnbergerMullerStage(rawValue: value)?.roman ?? "\(value)")" : "\(value)"
    }

    private static func summary(_ series: ProgressSeries) -> String {
        guard let first = series.points.first, let last = series.points.last else { return "No check-ins yet." }
        let scale = series.scale
        guard series.points.count > 1 else {
            return
                "One check-in so far: \(name(first.value, scale)) on \(Present.dateText(first.date.iso)). "
                + "A second check-in on the same scale shows how it changes."
        }
        return
            "\(series.points.count) check-ins from \(Present.dateText(first.date.iso)) to "
            + "\(Present.dateText(last.date.iso)), going from \(name(first.value, scale)) to \(name(last.value, scale))."
    }

    /// The change and what the scale's rule says of it. Every scale here is "higher = more severe".
    static func verdict(_ change: ProgressChange, scale: SeverityScaleID) -> String {
        let size = abs(change.delta)
        let direction =
            change.delta == 0
            ? "No change from the first check-in to the latest."
            : "The latest is \(unit(scale, size)) \(change.delta < 0 ? "lower (less visible)" : "higher (more visible)") than the first."
        let rule: String
        switch (change.meaningful, scale.meaningfulChange.points) {
        case (true?, let points?):
            rule = "That is a meaningful change by this scale’s rule (\(unit(scale, points)) or more)."
        case (false?, let points?):
            rule =
                "That is less than this scale’s meaningful change (\(unit(scale, points)) or more), so it may be normal variation."
        default:
            rule = "Our sources give no size of change that counts as meaningful on this scale, so there is no verdict."
        }
        return "\(direction) \(rule)"
    }

    private static func shortDate(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
