/// The signed-in person's page: today's routine to tick, the streak, the latest check-in and
/// when the next one is due.
public struct DashboardVM: Sendable {
    var chrome: PageChrome
    var email: String
    /// Today's items as checkboxes; empty before a plan is saved.
    var routine: [ChoiceVM]
    var todayISO: String
    var todayText: String
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

    public init(
        chrome: PageChrome, email: String, routine: [ChoiceVM], todayISO: String, todayText: String,
        streakText: String?, rateText: String?, latestCheckIn: String?, nextCheckIn: String, csrfToken: String,
        savedNote: String?, planLink: LinkVM
    ) {
        self.chrome = chrome
        self.email = email
        self.routine = routine
        self.todayISO = todayISO
        self.todayText = todayText
        self.streakText = streakText
        self.rateText = rateText
        self.latestCheckIn = latestCheckIn
        self.nextCheckIn = nextCheckIn
        self.csrfToken = csrfToken
        self.savedNote = savedNote
        self.planLink = planLink
    }
}
