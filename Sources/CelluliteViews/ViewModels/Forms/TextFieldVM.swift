/// A single-line text input with its label, hint and error.
public struct TextFieldVM: Sendable, Hashable {
    var name: String
    var id: String
    var label: String
    var hint: String?
    var value: String
    var error: String?
    /// "numeric" for whole numbers.
    var inputMode: String?
    /// Text shown before the box ("$") or after it ("days").
    var prefix: String?
    var suffix: String?
    /// CSS width class: "width-3", "width-5", "width-full".
    var width: String
    var autocomplete: String?
    /// "text", or "date" for a date picker (a plain text box where the browser has none).
    var inputType: String
    /// The earliest date a date picker offers, as "2027-03-14".
    var min: String?
    /// The latest date a date picker offers.
    var max: String?

    public init(
        name: String, id: String, label: String, hint: String? = nil, value: String, error: String? = nil,
        inputMode: String? = nil, prefix: String? = nil, suffix: String? = nil, width: String = "width-5",
        autocomplete: String? = nil, inputType: String = "text", min: String? = nil,
        max: String? = nil
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
        self.max = max
    }
}
