import Foundation
import PropertyBased
import Testing

@testable import CelluliteViews

/// The progress chart draws what its table lists: one marker per score, higher scores higher,
/// later dates further right, inside the frame, in the text colour only.
@Suite struct ProgressChartViewTests {
    static func chart(_ points: [(day: Int, value: Int)], range: ClosedRange<Int> = 0...15) -> ProgressChartVM {
        ProgressChartVM(
            id: "chart-test", title: "Test scale", valueAxisLabel: "Total in points", dateAxisLabel: "Date",
            range: range,
            points: points.map {
                ProgressChartPointVM(
                    dayOffset: $0.day, dateText: "day \($0.day)", shortDateText: "d\($0.day)", value: $0.value)
            }, summary: "A summary", verdict: nil, verdictNote: nil)
    }

    /// (cx, cy) of every marker, in drawing order.
    static func markers(_ html: String) -> [(x: Double, y: Double)] {
        html.matches(of: /<circle class="series-point" cx="([0-9.]+)" cy="([0-9.]+)"/).map {
            (Double($0.1)!, Double($0.2)!)
        }
    }

    static let series = Gen.int(in: 0...15).array(of: 1...12)

    @Test func markersFollowTheValuesAndTheDates() async {
        await propertyCheck(count: 200, input: Self.series) { values in
            // Days strictly increasing, some far apart.
            let points = values.enumerated().map { (day: $0.offset * $0.offset * 3, value: $0.element) }
            let html = ProgressChartView.render(Self.chart(points)).rendered
            let drawn = Self.markers(html)
            #expect(drawn.count == points.count)
            for (a, b) in zip(zip(points, drawn), zip(points, drawn).dropFirst()) {
                #expect(a.1.x < b.1.x, "later dates further right")
                // SVG's y grows downwards: a higher score has the smaller y.
                if a.0.value > b.0.value { #expect(a.1.y < b.1.y) }
                if a.0.value < b.0.value { #expect(a.1.y > b.1.y) }
                if a.0.value == b.0.value { #expect(a.1.y == b.1.y) }
            }
            for marker in drawn {
                #expect((ProgressChartView.Frame.left...ProgressChartView.Frame.width).contains(marker.x))
                #expect((ProgressChartView.Frame.top...ProgressChartView.Frame.height).contains(marker.y))
            }
            let labels = html.matches(of: /<text class="point-value"[^>]*>([^<]*)<\/text>/).map { String($0.1) }
            #expect(labels == values.map(String.init))
        }
    }

    @Test func theScaleEndsAreTheAxisEnds() {
        let html = ProgressChartView.render(Self.chart([(0, 0), (30, 15)])).rendered
        let drawn = Self.markers(html)
        #expect(
            drawn.map(\.y) == [
                ProgressChartView.Frame.height - ProgressChartView.Frame.bottom, ProgressChartView.Frame.top,
            ])
        #expect(ProgressChartView.ticks(0...15) == [0, 3, 6, 9, 12, 15])
        #expect(ProgressChartView.ticks(0...4) == [0, 1, 2, 3, 4])
        #expect(ProgressChartView.ticks(0...7) == [0, 2, 4, 6, 7])
    }

    @Test func oneScoreIsDrawnInTheMiddleWithoutALine() {
        let html = ProgressChartView.render(Self.chart([(0, 4)])).rendered
        #expect(Self.markers(html).map(\.x) == [ProgressChartView.Frame.left + ProgressChartView.Frame.plotWidth / 2])
        #expect(!html.contains("<polyline"))
    }

    @Test func itIsAnImageWithATitleADescriptionAndTheTextColourOnly() {
        let html = ProgressChartView.render(Self.chart([(0, 4), (28, 2)])).rendered
        #expect(html.contains(#"role="img" aria-labelledby="chart-test-title chart-test-desc""#))
        #expect(html.contains(#"<title id="chart-test-title">Test scale</title>"#))
        #expect(html.contains(#"<desc id="chart-test-desc">A summary</desc>"#))
        #expect(!html.contains("style="))
        let colours = html.matches(of: /(?:fill|stroke)="([^"]+)"/).map { String($0.1) }
        #expect(Set(colours).subtracting(["currentColor", "none"]).isEmpty, "\(Set(colours))")
        // The table carries the same numbers.
        #expect(
            html.contains(
                "<tr><th scope=\"row\">day 0</th><td>4</td></tr><tr><th scope=\"row\">day 28</th><td>2</td></tr>"))
    }

    @Test func stagesAreWrittenAsTheScaleWritesThem() {
        var chart = Self.chart([(0, 2), (28, 3)], range: 0...3)
        chart.valueNames = ["0", "I", "II", "III"]
        let html = ProgressChartView.render(chart).rendered
        #expect(html.contains(#">II</text>"#))
        #expect(html.contains("<td>III</td>"))
    }
}
