/// One problem with what the person entered: shown in the summary (linking to `fieldID`) and
/// again beside the field.
public struct FormErrorVM: Sendable, Hashable {
    var fieldID: String
    var message: String
    /// Where the summary links to when the field is on another page; nil for `#fieldID`.
    var href: SiteURL?

    public init(
        fieldID: String, message: String, href: SiteURL? = nil
    ) {
        self.fieldID = fieldID
        self.message = message
        self.href = href
    }
}
