import CelluliteKit
import Foundation

/// Profiles and the exact `POST /api/plan` bytes the server answered for them before the plan
/// engine and its JSON were made fast (commit 3536a52): any change to a plan shows as a diff here.
enum GoldenPlans {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("GoldenPlans")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".profile.json") }.map { String($0.dropLast(".profile.json".count)) }
            .sorted()
    }()

    static func profileJSON(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(name).profile.json"))
    }

    static func planJSON(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(name).plan.json"))
    }
}
