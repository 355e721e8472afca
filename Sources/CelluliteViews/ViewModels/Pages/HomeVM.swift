public struct HomeVM: Sendable {
    var chrome: PageChrome
    var about: [FactVM]
    var mechanisms: [MechanismVM]
    var expectations: [FactVM]

    public init(
        chrome: PageChrome, about: [FactVM], mechanisms: [MechanismVM], expectations: [FactVM]
    ) {
        self.chrome = chrome
        self.about = about
        self.mechanisms = mechanisms
        self.expectations = expectations
    }
}

/// One way a treatment acts, matching a numbered marker on the diagram.
public struct MechanismVM: Sendable, Hashable {
    var number: Int
    var title: String
    var explanation: String
    var treatments: [LinkVM]

    public init(
        number: Int, title: String, explanation: String, treatments: [LinkVM]
    ) {
        self.number = number
        self.title = title
        self.explanation = explanation
        self.treatments = treatments
    }
}
