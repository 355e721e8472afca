/// "Keep this result as a check-in": the skin check's answers travel as hidden fields, with the
/// date, the site (Hexsel only) and notes the person chooses. Shown only to a signed-in person.
public struct CheckInFormVM: Sendable, Hashable {
    var heading: String
    var intro: String
    /// Where it posts: a new check-in, or the one being changed.
    var action: SiteURL
    var csrfToken: String
    /// The chosen check's answers, sent back unchanged.
    var answers: [HiddenFieldVM]
    var date: TextFieldVM
    /// Hexsel CSS only: where the items were scored, so series never mix sites.
    var site: ChoiceFieldVM?
    var notes: TextFieldVM
    var errors: [FormErrorVM]
    var submitLabel: String
    /// For a stored check-in: where to delete it.
    var deleteHref: SiteURL?

    public init(
        heading: String, intro: String, action: SiteURL, csrfToken: String, answers: [HiddenFieldVM],
        date: TextFieldVM, site: ChoiceFieldVM?, notes: TextFieldVM, errors: [FormErrorVM], submitLabel: String,
        deleteHref: SiteURL?
    ) {
        self.heading = heading
        self.intro = intro
        self.action = action
        self.csrfToken = csrfToken
        self.answers = answers
        self.date = date
        self.site = site
        self.notes = notes
        self.errors = errors
        self.submitLabel = submitLabel
        self.deleteHref = deleteHref
    }
}
