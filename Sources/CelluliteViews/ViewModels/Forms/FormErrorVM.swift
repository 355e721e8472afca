/// One problem with what the person entered: shown in the summary (linking to `fieldID`) and
/// again beside the field.
public struct FormErrorVM: Sendable, Hashable {
    public var fieldID: String
    public var message: String
    /// Where the summary links to when the field is on another page; nil for `#fieldID`.
    public var href: SiteURL?

    public init(
        fieldID: String, message: String, href: SiteURL? = nil
    ) {
        self.fieldID = fieldID
        self.message = message
        self.href = href
    }
}
