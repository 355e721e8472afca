/// The sign-up and log-in pages: an email, a password, and the plan answers carried along.
public struct AccountFormVM: Sendable {
    var chrome: PageChrome
    var heading: String
    var intro: String
    var action: SiteURL
    var submitLabel: String
    var email: TextFieldVM
    var password: TextFieldVM
    /// Plan answers from "Save this plan", saved with the account.
    var carried: [HiddenFieldVM]
    var csrfToken: String
    var errors: [FormErrorVM]
    /// "Already have an account? Log in" and the like.
    var other: LinkVM

    public init(
        chrome: PageChrome, heading: String, intro: String, action: SiteURL, submitLabel: String, email: TextFieldVM,
        password: TextFieldVM, carried: [HiddenFieldVM], csrfToken: String, errors: [FormErrorVM], other: LinkVM
    ) {
        self.chrome = chrome
        self.heading = heading
        self.intro = intro
        self.action = action
        self.submitLabel = submitLabel
        self.email = email
        self.password = password
        self.carried = carried
        self.csrfToken = csrfToken
        self.errors = errors
        self.other = other
    }
}
