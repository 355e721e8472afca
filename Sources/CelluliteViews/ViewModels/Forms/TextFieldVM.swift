/// A single-line text input with its label, hint and error.
public struct TextFieldVM: Sendable, Hashable {
    public var name: String
    public var id: String
    public var label: String
    public var hint: String?
    public var value: String
    public var error: String?
    /// "numeric" for whole numbers.
    public var inputMode: String?
    /// Text shown before the box ("$") or after it ("days").
    public var prefix: String?
    public var suffix: String?
    /// CSS width class: "width-3", "width-5", "width-full".
    public var width: String
    public var autocomplete: String?
    /// "text", or "date" for a date picker (a plain text box where the browser has none).
    public var inputType: String
    /// The earliest date a date picker offers, as "2027-03-14".
    public var min: String?

    public init(
        name: String, id: String, label: String, hint: String? = nil, value: String, error: String? = nil,
        inputMode: String? = nil, prefix: String? = nil, suffix: String? = nil, width: String = "width-5",
        autocomplete: String? = nil, inputType: String = "text", min: String? = nil
    ) {
        self.name = name
        self.id = id
        self.label = label
        self.hint = hint
        self.value = value
        self.error = error
        self.inputMode = inputMode
        self.prefix = prefix
        self.suffix = suffix
        self.width = width
        self.autocomplete = autocomplete
        self.inputType = inputType
        self.min = min
    }
}
