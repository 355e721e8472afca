import CelluliteKit
import Foundation

/// Plans per second over varied random profiles, against the JSON work a request does anyway
/// (decoding the profile and encoding the plan) measured in the same run.
enum PlanBenchmark {
    static func run() throws {
        let base = try KnowledgeBaseLoader.bundled()
        let engine = PlanEngine(knowledgeBase: base)
        var generator = SplitMix64(seed: 42)
        let profiles = (0..<1_000).map { _ in RandomProfile.make(using: &generator) }
        let profileJSON = try profiles.map { try JSONSerialization.data(withJSONObject: RandomProfile.json($0)) }
        let encoder = JSONEncoder()
        let plans = profiles.map(engine.plan(for:))

        let rounds = 20
        var sink = 0
        let planTime =
            Stopwatch.measure(iterations: rounds) {
                for profile in profiles { sink &+= engine.plan(for: profile).recommendations.count }
            } / Double(profiles.count)
        let jsonTime =
            try Stopwatch.measure(iterations: rounds) {
                for (data, plan) in zip(profileJSON, plans) {
                    sink &+= try ProfileDecoder.decode(json: data).age
                    sink &+= try encoder.encode(plan).count
                }
            } / Double(profiles.count)

        print("plan engine (\(profiles.count) random profiles × \(rounds) rounds, sink \(sink % 10))")
        print("  per plan:            \(Stopwatch.format(planTime))")
        print("  plans per second:    \(Int(1 / planTime))")
        print("  baseline, JSON in+out per request: \(Stopwatch.format(jsonTime))")
        print(String(format: "  plan / JSON baseline ratio: %.2f", planTime / jsonTime))
    }
}

enum RandomProfile {
    static func make(using generator: inout SplitMix64) -> Profile {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &generator) ? value : nil }
        return Profile(
            age: Int.random(in: Profile.ageRange, using: &generator),
            sex: Profile.Sex.allCases.randomElement(using: &generator)!,
            areas: Profile.Area.allCases.filter { _ in Bool.random(using: &generator) },
            concern: maybe(Profile.Concern.allCases.randomElement(using: &generator)!),
            daysUntilEvent: maybe(Int.random(in: 0...60, using: &generator)),
            budgetUSD: maybe(Int.random(in: 0...8_000, using: &generator)),
            setting: Profile.SettingPreference.allCases.randomElement(using: &generator)!,
            maxDowntimeDays: maybe(Int.random(in: 0...14, using: &generator)),
            fitzpatrick: maybe(Int.random(in: 1...6, using: &generator)),
            conditions: Set(Profile.Condition.allCases.filter { _ in Int.random(in: 0..<6, using: &generator) == 0 }),
            allergies: Set(Profile.Allergy.allCases.filter { _ in Int.random(in: 0..<8, using: &generator) == 0 })
        )
    }

    static func json(_ profile: Profile) -> [String: Any] {
        var object: [String: Any] = [
            "age": profile.age, "sex": profile.sex.rawValue, "areas": profile.areas.map(\.rawValue),
            "setting": profile.setting.rawValue, "conditions": profile.conditions.map(\.rawValue),
            "allergies": profile.allergies.map(\.rawValue),
        ]
        object["concern"] = profile.concern?.rawValue
        object["daysUntilEvent"] = profile.daysUntilEvent
        object["budgetUSD"] = profile.budgetUSD
        object["maxDowntimeDays"] = profile.maxDowntimeDays
        object["fitzpatrick"] = profile.fitzpatrick
        return object
    }
}
