public struct HomeVM: Sendable {
    public var chrome: PageChrome
    public var about: [FactVM]
    public var mechanisms: [MechanismVM]
    public var expectations: [FactVM]

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
    public var number: Int
    public var title: String
    public var explanation: String
    public var treatments: [LinkVM]

    public init(
        number: Int, title: String, explanation: String, treatments: [LinkVM]
    ) {
        self.number = number
        self.title = title
        self.explanation = explanation
        self.treatments = treatments
    }
}
