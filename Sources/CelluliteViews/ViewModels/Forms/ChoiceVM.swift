/// A labelled choice of a form control (radio, checkbox, select option).
public struct ChoiceVM: Sendable, Hashable {
    public var value: String
    var label: String
    var hint: String?
    public var isSelected: Bool

    public init(
        value: String, label: String, hint: String? = nil, isSelected: Bool = false
    ) {
        self.value = value
        self.label = label
        self.hint = hint
        self.isSelected = isSelected
    }
}
