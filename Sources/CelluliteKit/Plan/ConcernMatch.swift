/// How well a treatment's mechanisms match the person's dominant concern. Following the expert
/// reviews' phenotype matching: dimples → release bands; laxity → firm first; fat → reduce fat;
/// texture → firm and home care.
enum ConcernMatch {
    static let strong = 3

    static func weights(for concern: Profile.Concern) -> [Mechanism: Int] {
        switch concern {
        case .dimples: [.releaseBands: 3, .fill: 2, .firmSkin: 1]
        case .laxity: [.firmSkin: 3, .fill: 2, .releaseBands: 1]
        case .fat: [.reduceFat: 3, .firmSkin: 1]
        case .texture: [.firmSkin: 3, .fill: 1, .reduceFluid: 1]
        }
    }

    static func score(_ treatment: Treatment, for concern: Profile.Concern?) -> Int {
        score(treatment.mechanisms, for: concern)
    }

    static func score(_ mechanisms: [Mechanism], for concern: Profile.Concern?) -> Int {
        guard let concern else { return 0 }
        let weights = weights(for: concern)
        return mechanisms.map { weights[$0] ?? 0 }.max() ?? 0
    }

    /// The mechanism that makes it fit, in plain words.
    static func phrase(_ treatment: Treatment, for concern: Profile.Concern) -> String {
        let weights = weights(for: concern)
        let best = treatment.mechanisms.max { (weights[$0] ?? 0) < (weights[$1] ?? 0) }
        return best.map(describe) ?? "acts on cellulite"
    }

    static func describe(_ mechanism: Mechanism) -> String {
        switch mechanism {
        case .releaseBands: "releases the fibrous bands that pull the skin down into dimples"
        case .reduceFat: "reduces the fat that bulges up under the skin"
        case .firmSkin: "thickens and firms the skin so less shows through"
        case .fill: "fills in dimples from below"
        case .camouflage: "hides cellulite by evening out colour and shadows"
        case .reduceFluid: "reduces fluid in the tissue for a short time"
        }
    }
}
