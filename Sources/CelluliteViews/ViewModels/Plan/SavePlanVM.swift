/// "Save this plan": the plan's answers, posted to the account (sign-up first when signed out).
public struct SavePlanVM: Sendable, Hashable {
    var csrfToken: String
    var answers: [HiddenFieldVM]

    public init(csrfToken: String, answers: [HiddenFieldVM]) {
        self.csrfToken = csrfToken
        self.answers = answers
    }
}
