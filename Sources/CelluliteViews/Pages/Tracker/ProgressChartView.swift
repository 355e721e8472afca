/// A progress series drawn as server-rendered SVG, then the same numbers as a table.
///
/// It reads without colour: one series per chart, drawn in `currentColor` (so it follows the
/// page's text colour, forced-colour modes included), every point marked and labelled with its
/// value, and the axes titled with their units. The SVG is an image with a title and a
/// description; the table below carries the numbers for screen readers and for print.
enum ProgressChartView {
    /// The drawing's coordinate system; the SVG scales to the width it is given.
    struct Frame {
        // About a phone's width, so 14-unit text stays about 14 px there; CSS caps the width on
        // larger screens.
        static let width = 400.0
        static let height = 280.0
        static let left = 40.0
        static let right = 20.0
        static let top = 48.0
        static let bottom = 56.0
        static var plotWidth: Double { width - left - right }
        static var plotHeight: Double { height - top - bottom }
    }

    static func render(_ chart: ProgressChartVM, headingLevel: Int = 3) -> Markup {
        .group(
            H.heading(headingLevel, chart.title, id: "\(chart.id)-heading"),
            .el("p", .safe(chart.summary)),
            chart.verdict.map { .el("p", .attr("class", "progress-verdict"), .safe($0)) } ?? .empty,
            chart.verdictNote.map { .el("p", UI.confidenceNote($0)) } ?? .empty,
            svg(chart),
            table(chart))
    }

    // MARK: The drawing

    static func x(_ point: ProgressChartPointVM, lastOffset: Int) -> Double {
        guard lastOffset > 0 else { return Frame.left + Frame.plotWidth / 2 }
        return Frame.left + Frame.plotWidth * Double(point.dayOffset) / Double(lastOffset)
    }

    /// Higher scores (more severe) are drawn higher, as the axis says.
    static func y(_ value: Int, range: ClosedRange<Int>) -> Double {
        let span = Double(max(range.upperBound - range.lowerBound, 1))
        return Frame.top + Frame.plotHeight * (1 - Double(value - range.lowerBound) / span)
    }

    /// Every value for short scales, else about five evenly spaced ones, always both ends.
    static func ticks(_ range: ClosedRange<Int>) -> [Int] {
        let span = range.upperBound - range.lowerBound
        let step = span <= 5 ? 1 : (span + 4) / 5
        let ticks = Array(stride(from: range.lowerBound, through: range.upperBound, by: step))
        return ticks.last == range.upperBound ? ticks : ticks + [range.upperBound]
    }

    private static func svg(_ chart: ProgressChartVM) -> Markup {
        let lastOffset = chart.points.last?.dayOffset ?? 0
        let positions = chart.points.map { (x: x($0, lastOffset: lastOffset), y: y($0.value, range: chart.range)) }
        let bottom = Frame.top + Frame.plotHeight
        return .el(
            "svg",
            [
                .attr("class", "progress-chart"), .attr("xmlns", "http://www.w3.org/2000/svg"),
                .attr("viewBox", "0 0 \(number(Frame.width)) \(number(Frame.height))"), .attr("role", "img"),
                .attr("aria-labelledby", "\(chart.id)-title \(chart.id)-desc"), .attr("id", chart.id),
                .el("title", .attr("id", "\(chart.id)-title"), .safe(chart.title)),
                .el("desc", .attr("id", "\(chart.id)-desc"), .safe(chart.summary)),
                .forEach(ticks(chart.range)) { tick in
                    let tickY = number(y(tick, range: chart.range))
                    return .group(
                        line(x1: Frame.left, y1: tickY, x2: Frame.width - Frame.right, y2: tickY, class: "grid"),
                        text(
                            chart.name(of: tick), x: number(Frame.left - 10),
                            y: number(y(tick, range: chart.range) + 5),
                            anchor: "end", class: "tick"))
                },
                line(x1: Frame.left, y1: number(Frame.top), x2: Frame.left, y2: number(bottom), class: "axis"),
                line(
                    x1: Frame.left, y1: number(bottom), x2: Frame.width - Frame.right, y2: number(bottom),
                    class: "axis"),
                // Above the axis and level, not turned on its side: it reads at a phone's width.
                text(chart.valueAxisLabel, x: "4", y: "20", anchor: "start", class: "axis-title"),
                text(
                    chart.dateAxisLabel, x: number(Frame.left + Frame.plotWidth / 2), y: number(Frame.height - 12),
                    anchor: "middle", class: "axis-title"),
                dateLabels(chart.points, positions: positions.map(\.x), bottom: bottom),
                positions.count > 1
                    ? Markup.selfClosedElement(
                        named: "polyline",
                        attributes: [
                            .attr("class", "series-line"), .attr("fill", "none"), .attr("stroke", "currentColor"),
                            .attr("stroke-width", "2"),
                            .attr("points", positions.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")),
                        ]) : .empty,
                .forEach(zip(chart.points, positions)) { point, position in
                    .group(
                        Markup.selfClosedElement(
                            named: "circle",
                            attributes: [
                                .attr("class", "series-point"), .attr("cx", number(position.x)),
                                .attr("cy", number(position.y)), .attr("r", "5"), .attr("fill", "currentColor"),
                            ]),
                        text(
                            chart.name(of: point.value), x: number(position.x), y: number(position.y - 11),
                            anchor: "middle",
                            class: "point-value"))
                },
            ])
    }

    /// The first and the latest date under the axis (all of them when there are few enough to fit).
    private static func dateLabels(_ points: [ProgressChartPointVM], positions: [Double], bottom: Double) -> Markup {
        let labelled: [Int] =
            points.count <= 4 ? Array(points.indices) : [points.startIndex, points.index(before: points.endIndex)]
        return .forEach(labelled) { index in
            let anchor =
                points.count == 1
                ? "middle" : index == points.startIndex ? "start" : index == labelled.last ? "end" : "middle"
            return text(
                points[index].shortDateText, x: number(positions[index]), y: number(bottom + 22), anchor: anchor,
                class: "tick")
        }
    }

    private static func line(x1: Double, y1: String, x2: Double, y2: String, class className: String) -> Markup {
        .selfClosedElement(
            named: "line",
            attributes: [
                .attr("class", className), .attr("x1", number(x1)), .attr("y1", y1), .attr("x2", number(x2)),
                .attr("y2", y2), .attr("stroke", "currentColor"),
            ])
    }

    private static func text(_ content: String, x: String, y: String, anchor: String, class className: String) -> Markup
    {
        .el(
            "text", .attr("class", className), .attr("x", x), .attr("y", y), .attr("text-anchor", anchor),
            .attr("fill", "currentColor"), .safe(content))
    }

    /// A coordinate with at most one decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    // MARK: The same numbers as a table

    private static func table(_ chart: ProgressChartVM) -> Markup {
        .el(
            "table",
            .attr("class", "progress-table"),
            .el("caption", .safe("\(chart.title): every score")),
            .el(
                "thead",
                .el(
                    "tr", .el("th", .attr("scope", "col"), .safe("Date")),
                    .el("th", .attr("scope", "col"), .safe(chart.valueAxisLabel)))),
            .el(
                "tbody",
                .forEach(chart.points) { point in
                    .el(
                        "tr", .el("th", .attr("scope", "row"), .safe(point.dateText)),
                        .el("td", .safe(chart.name(of: point.value))))
                }))
    }
}
