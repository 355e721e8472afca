/// The account page: what is kept, how to take it away, and how to change the password.
public struct AccountSettingsVM: Sendable {
    var chrome: PageChrome
    var email: String
    var csrfToken: String
    var currentPassword: TextFieldVM
    var newPassword: TextFieldVM
    var deletePassword: TextFieldVM
    var errors: [FormErrorVM]
    /// Shown once after a change (Post/Redirect/Get).
    var note: String?

    public init(
        chrome: PageChrome, email: String, csrfToken: String, currentPassword: TextFieldVM, newPassword: TextFieldVM,
        deletePassword: TextFieldVM, errors: [FormErrorVM], note: String?
    ) {
        self.chrome = chrome
        self.email = email
        self.csrfToken = csrfToken
        self.currentPassword = currentPassword
        self.newPassword = newPassword
        self.deletePassword = deletePassword
        self.errors = errors
        self.note = note
    }
}
