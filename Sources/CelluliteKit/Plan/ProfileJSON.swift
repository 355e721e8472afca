/// Writes a profile as its ARCHITECTURE 3.2 JSON, the text `ProfileDecoder.decode(json:)` reads
/// back to the same profile: how a saved profile is stored and exported.
///
/// Written by hand, like `UTCTimestamp`, so the text is the same on every run and platform: keys
/// in the contract's order, fields left at "not given" (nil) omitted, and the set-valued lists
/// (`conditions`, `allergies`) in their declaration order. `areas` keeps its order. Every value
/// is a number or an enum's raw value, so nothing needs escaping.
public enum ProfileJSON {
    public static func encode(_ profile: Profile) -> String {
        var fields: [String] = [
            member("age", "\(profile.age)"),
            member("sex", string(profile.sex.rawValue)),
            member("areas", list(profile.areas.map(\.rawValue))),
        ]
        if let concern = profile.concern { fields.append(member("concern", string(concern.rawValue))) }
        if let severity = profile.severity {
            let reading =
                "{" + member("scale", string(severity.scale.rawValue)) + ","
                + member("score", "\(severity.score)") + "}"
            fields.append(member("severity", reading))
        }
        if let days = profile.daysUntilEvent { fields.append(member("daysUntilEvent", "\(days)")) }
        if let budget = profile.budgetUSD { fields.append(member("budgetUSD", "\(budget)")) }
        fields.append(member("setting", string(profile.setting.rawValue)))
        if let downtime = profile.maxDowntimeDays { fields.append(member("maxDowntimeDays", "\(downtime)")) }
        if let type = profile.fitzpatrick { fields.append(member("fitzpatrick", "\(type)")) }
        fields.append(member("conditions", list(inDeclarationOrder(profile.conditions))))
        fields.append(member("allergies", list(inDeclarationOrder(profile.allergies))))
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func member(_ key: String, _ value: String) -> String { string(key) + ":" + value }

    /// Raw values and keys are plain ASCII words and hyphens: quoting is all they need.
    private static func string(_ text: String) -> String { "\"" + text + "\"" }

    private static func list(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }

    private static func inDeclarationOrder<E: CaseIterable & Hashable & RawRepresentable>(_ set: Set<E>) -> [String]
    where E.RawValue == String {
        E.allCases.filter(set.contains).map(\.rawValue)
    }
}
