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

    /// Written straight into one buffer (`HTMLWriter`): as `Markup`, each of the chart's elements was
    /// a value of its own, and the chart took most of a dashboard's rendering.
    private static func svg(_ chart: ProgressChartVM) -> Markup {
        let lastOffset = chart.points.last?.dayOffset ?? 0
        let positions = chart.points.map { (x: x($0, lastOffset: lastOffset), y: y($0.value, range: chart.range)) }
        let bottom = Frame.top + Frame.plotHeight
        var html = HTMLWriter(reservingCapacity: 2048 + 256 * chart.points.count)
        html.startTag("svg")
        html.attribute("class", "progress-chart")
        html.attribute("xmlns", "http://www.w3.org/2000/svg")
        html.attribute("viewBox", "0 0 \(number(Frame.width)) \(number(Frame.height))")
        html.attribute("role", "img")
        html.attribute("aria-labelledby", "\(chart.id)-title \(chart.id)-desc")
        html.attribute("id", chart.id)
        html.endOfStartTag()
        html.element("title", "id", "\(chart.id)-title", text: chart.title)
        html.element("desc", "id", "\(chart.id)-desc", text: chart.summary)
        for tick in ticks(chart.range) {
            let tickY = y(tick, range: chart.range)
            html.line(x1: Frame.left, y1: tickY, x2: Frame.width - Frame.right, y2: tickY, class: "grid")
            html.svgText(chart.name(of: tick), x: Frame.left - 10, y: tickY + 5, anchor: "end", class: "tick")
        }
        html.line(x1: Frame.left, y1: Frame.top, x2: Frame.left, y2: bottom, class: "axis")
        html.line(x1: Frame.left, y1: bottom, x2: Frame.width - Frame.right, y2: bottom, class: "axis")
        // Above the axis and level, not turned on its side: it reads at a phone's width.
        html.svgText(chart.valueAxisLabel, x: 4, y: 20, anchor: "start", class: "axis-title")
        html.svgText(
            chart.dateAxisLabel, x: Frame.left + Frame.plotWidth / 2, y: Frame.height - 12, anchor: "middle",
            class: "axis-title")
        dateLabels(chart.points, positions: positions.map(\.x), bottom: bottom, into: &html)
        if positions.count > 1 {
            html.startTag("polyline")
            html.attribute("class", "series-line")
            html.attribute("fill", "none")
            html.attribute("stroke", "currentColor")
            html.attribute("stroke-width", "2")
            html.attribute("points", positions.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " "))
            html.endOfSelfClosedTag()
        }
        for (point, position) in zip(chart.points, positions) {
            html.startTag("circle")
            html.attribute("class", "series-point")
            html.attribute("cx", number(position.x))
            html.attribute("cy", number(position.y))
            html.attribute("r", "5")
            html.attribute("fill", "currentColor")
            html.endOfSelfClosedTag()
            html.svgText(
                chart.name(of: point.value), x: position.x, y: position.y - 11, anchor: "middle", class: "point-value")
        }
        html.close("svg")
        return html.markup
    }

    /// The first and the latest date under the axis (all of them when there are few enough to fit).
    private static func dateLabels(
        _ points: [ProgressChartPointVM], positions: [Double], bottom: Double, into html: inout HTMLWriter
    ) {
        let labelled: [Int] =
            points.count <= 4 ? Array(points.indices) : [points.startIndex, points.index(before: points.endIndex)]
        for index in labelled {
            let anchor =
                points.count == 1
                ? "middle" : index == points.startIndex ? "start" : index == labelled.last ? "end" : "middle"
            html.svgText(
                points[index].shortDateText, x: positions[index], y: bottom + 22, anchor: anchor, class: "tick")
        }
    }

    /// A coordinate with at most one decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    // MARK: The same numbers as a table

    private static func table(_ chart: ProgressChartVM) -> Markup {
        var html = HTMLWriter(reservingCapacity: 512 + 96 * chart.points.count)
        html.open("table", class: "progress-table")
        html.element("caption", text: "\(chart.title): every score")
        html.open("thead")
        html.open("tr")
        html.element("th", "scope", "col", text: "Date")
        html.element("th", "scope", "col", text: chart.valueAxisLabel)
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        for point in chart.points {
            html.open("tr")
            html.element("th", "scope", "row", text: point.dateText)
            html.element("td", text: chart.name(of: point.value))
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        return html.markup
    }
}

extension HTMLWriter {
    fileprivate mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class className: String) {
        startTag("line")
        attribute("class", className)
        attribute("x1", ProgressChartView.number(x1))
        attribute("y1", ProgressChartView.number(y1))
        attribute("x2", ProgressChartView.number(x2))
        attribute("y2", ProgressChartView.number(y2))
        attribute("stroke", "currentColor")
        endOfSelfClosedTag()
    }

    fileprivate mutating func svgText(
        _ content: String, x: Double, y: Double, anchor: String, class className: String
    ) {
        startTag("text")
        attribute("class", className)
        attribute("x", ProgressChartView.number(x))
        attribute("y", ProgressChartView.number(y))
        attribute("text-anchor", anchor)
        attribute("fill", "currentColor")
        endOfStartTag()
        text(content)
        close("text")
    }

}
