/// A group of radios or checkboxes in a fieldset.
public struct ChoiceFieldVM: Sendable, Hashable {
    public enum Kind: String, Sendable { case radio, checkbox }
    var kind: Kind
    var name: String
    /// The id of the first input, which the error summary links to.
    public var id: String
    public var legend: String
    var hint: String?
    /// "Why we ask": shown under the legend for health questions.
    var whyWeAsk: String?
    var choices: [ChoiceVM]
    public var error: String?
    /// Lay the choices out side by side (short labels like 1–6).
    var inline: Bool

    public init(
        kind: Kind, name: String, id: String, legend: String, hint: String? = nil, whyWeAsk: String? = nil,
        choices: [ChoiceVM], error: String? = nil, inline: Bool = false
    ) {
        self.kind = kind
        self.name = name
        self.id = id
        self.legend = legend
        self.hint = hint
        self.whyWeAsk = whyWeAsk
        self.choices = choices
        self.error = error
        self.inline = inline
    }
}
