public struct HiddenFieldVM: Sendable, Hashable {
    var name: String
    var value: String

    public init(
        name: String, value: String
    ) {
        self.name = name
        self.value = value
    }
}
