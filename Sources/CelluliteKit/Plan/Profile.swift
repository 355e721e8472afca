/// The person a plan is for (ARCHITECTURE 3.2). Only `age` is required.
public struct Profile: Sendable, Hashable {
    public enum Sex: String, Codable, Sendable, CaseIterable { case female, male, other }
    public enum Area: String, Codable, Sendable, CaseIterable { case thighs, buttocks, hips, abdomen, arms }
    /// The dominant feature: what bothers the person most.
    public enum Concern: String, Codable, Sendable, CaseIterable { case dimples, texture, laxity, fat }
    public enum SettingPreference: String, Codable, Sendable, CaseIterable { case home, any }
    public enum Condition: String, Codable, Sendable, CaseIterable {
        case pregnant, breastfeeding
        case tryingToConceive = "trying-to-conceive"
        case anticoagulants
        case bleedingDisorder = "bleeding-disorder"
        case keloidHistory = "keloid-history"
        case immunocompromised, autoimmune
        case skinInfection = "skin-infection"
        /// An eczema or dermatitis flare, or folliculitis, where it would be treated (R6).
        case skinInflammation = "skin-inflammation"
        case sensitiveSkin = "sensitive-skin"
        case coldDisorder = "cold-disorder"
        case implantInArea = "implant-in-area"
        /// A pacemaker, defibrillator or neurostimulator anywhere in the body (R10).
        case implantedElectronics = "implanted-electronics"
        case painOrEasyBruising = "pain-or-easy-bruising"
        /// Disproportionate or one-sided swelling of the legs (R14).
        case legSwelling = "leg-swelling"
        case highDistress = "high-distress"
        /// An eating disorder now or in the past (R15).
        case disorderedEating = "disordered-eating"
    }
    public enum Allergy: String, Codable, Sendable, CaseIterable {
        case collagenase, plla, caffeine, retinol, fragrance, dha
        /// Local anaesthetic used in subcision, Cellfina, Avéli and lidocaine-mixed fillers.
        case lidocaine
    }

    public static let ageRange = 13...110
    public static let daysUntilEventRange = 0...3650
    public static let budgetRange = 0...1_000_000
    public static let downtimeRange = 0...365
    public static let fitzpatrickRange = 1...6

    public var age: Int
    /// Default: female.
    public var sex: Sex
    /// Default: none given (treated as thighs and buttocks, where most cellulite is).
    public var areas: [Area]
    /// Default: none given (no dominant feature; options are ranked by evidence).
    public var concern: Concern?
    /// Default: none given.
    public var severity: SeverityReading?
    /// Default: no deadline.
    public var daysUntilEvent: Int?
    /// Default: no limit.
    public var budgetUSD: Int?
    /// Default: any.
    public var setting: SettingPreference
    /// Default: no limit.
    public var maxDowntimeDays: Int?
    /// Fitzpatrick skin type 1–6. Default: not given.
    public var fitzpatrick: Int?
    public var conditions: Set<Condition>
    public var allergies: Set<Allergy>

    public init(
        age: Int, sex: Sex = .female, areas: [Area] = [], concern: Concern? = nil,
        severity: SeverityReading? = nil, daysUntilEvent: Int? = nil, budgetUSD: Int? = nil,
        setting: SettingPreference = .any, maxDowntimeDays: Int? = nil, fitzpatrick: Int? = nil,
        conditions: Set<Condition> = [], allergies: Set<Allergy> = []
    ) {
        self.age = age
        self.sex = sex
        self.areas = areas
        self.concern = concern
        self.severity = severity
        self.daysUntilEvent = daysUntilEvent
        self.budgetUSD = budgetUSD
        self.setting = setting
        self.maxDowntimeDays = maxDowntimeDays
        self.fitzpatrick = fitzpatrick
        self.conditions = conditions
        self.allergies = allergies
    }

    public func has(_ condition: Condition) -> Bool { conditions.contains(condition) }
}
