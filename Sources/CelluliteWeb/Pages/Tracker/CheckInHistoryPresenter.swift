import CelluliteKit
import CelluliteViews

/// The history page: every check-in newest first, and a chart per series.
enum CheckInHistoryPresenter {
    static func model(_ kb: KnowledgeBase, checkIns: [CheckIn], savedNote: String?) -> CheckInHistoryVM {
        let charts = ProgressSeries.series(from: checkIns).map { ProgressChartPresenter.model($0) }
        return CheckInHistoryVM(
            chrome: Present.chrome(kb.meta, title: "Your check-ins", active: nil), savedNote: savedNote,
            rows: checkIns.sorted(by: CheckIn.chronologically).reversed().map { checkIn in
                CheckInRowVM(
                    dateText: Present.dateText(checkIn.date.iso), check: CheckInWording.check(checkIn.assessment),
                    score: CheckInWording.score(checkIn.assessment), notes: checkIn.notes,
                    href: .checkIn(id: checkIn.id.uuidString))
            },
            charts: charts,
            separateChartsNote: charts.count > 1
                ? "Each scale, version and site has its own chart: their numbers mean different things, so they are never put on one chart."
                : nil)
    }
}
