/// A technical term and what it means in plain words ("BMI": "body mass index: ...").
public struct TermVM: Sendable, Hashable {
    var term: String
    var explanation: String

    public init(
        term: String, explanation: String
    ) {
        self.term = term
        self.explanation = explanation
    }
}
