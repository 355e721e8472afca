/// The signed-in person's page: today's routine to tick, the streak, the latest check-in and
/// when the next one is due.
public struct DashboardVM: Sendable {
    var chrome: PageChrome
    var email: String
    /// The shown day's items as checkboxes; empty before a plan is saved.
    var routine: [ChoiceVM]
    /// The day the routine form ticks: today, or an earlier day being backdated.
    var dayISO: String
    /// "Today, 2 December 2026" or "29 November 2026".
    var dayHeading: String
    var isToday: Bool
    /// A date box (GET) to show an earlier day.
    var dayPicker: TextFieldVM
    /// "3 days in a row", or nil when there is no streak yet.
    var streakText: String?
    /// "Last 28 days: 75% of planned items done", or nil with nothing planned.
    var rateText: String?
    /// "Self-rating 2 (mild) on 30 November 2026", or nil before the first.
    var latestCheckIn: String?
    var nextCheckIn: String
    var csrfToken: String
    /// Shown when the routine form was just saved.
    var savedNote: String?
    /// To the plan for the saved answers, or to the questions when none are saved.
    var planLink: LinkVM
    /// The series of the latest check-in, when it has a point.
    var chart: ProgressChartVM?

    public init(
        chrome: PageChrome, email: String, routine: [ChoiceVM], dayISO: String, dayHeading: String, isToday: Bool,
        dayPicker: TextFieldVM,
        streakText: String?, rateText: String?, latestCheckIn: String?, nextCheckIn: String, csrfToken: String,
        savedNote: String?, planLink: LinkVM, chart: ProgressChartVM?
    ) {
        self.chrome = chrome
        self.email = email
        self.routine = routine
        self.dayISO = dayISO
        self.dayHeading = dayHeading
        self.isToday = isToday
        self.dayPicker = dayPicker
        self.streakText = streakText
        self.rateText = rateText
        self.latestCheckIn = latestCheckIn
        self.nextCheckIn = nextCheckIn
        self.csrfToken = csrfToken
        self.savedNote = savedNote
        self.planLink = planLink
        self.chart = chart
    }
}
