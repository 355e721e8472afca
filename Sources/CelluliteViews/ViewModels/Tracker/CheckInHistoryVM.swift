/// Every check-in, newest first, and one chart per scale, version and site.
public struct CheckInHistoryVM: Sendable {
    var chrome: PageChrome
    /// Shown after a check-in was saved, changed or deleted.
    var savedNote: String?
    var rows: [CheckInRowVM]
    var charts: [ProgressChartVM]
    /// Why there are several charts, when there are.
    var separateChartsNote: String?

    public init(
        chrome: PageChrome, savedNote: String?, rows: [CheckInRowVM], charts: [ProgressChartVM],
        separateChartsNote: String?
    ) {
        self.chrome = chrome
        self.savedNote = savedNote
        self.rows = rows
        self.charts = charts
        self.separateChartsNote = separateChartsNote
    }
}

/// One check-in in the history table.
public struct CheckInRowVM: Sendable, Hashable {
    var dateText: String
    /// "Self-rating" or "Hexsel scale, left thigh".
    var check: String
    /// "2 of 4: mild".
    var score: String
    var notes: String
    var href: SiteURL

    public init(dateText: String, check: String, score: String, notes: String, href: SiteURL) {
        self.dateText = dateText
        self.check = check
        self.score = score
        self.notes = notes
        self.href = href
    }
}
