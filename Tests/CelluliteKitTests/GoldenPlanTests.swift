import CelluliteKit
import Foundation
import Testing

@Suite struct GoldenPlanTests {
    @Test func theGoldenSetCoversTheRiskyProfiles() {
        #expect(GoldenPlans.names.count >= 7)
    }

    @Test(arguments: GoldenPlans.names)
    func theEngineStillAnswersEachGoldenPlanByteForByte(name: String) throws {
        let profile = try ProfileDecoder.decode(json: [UInt8](try GoldenPlans.profileJSON(name)))
        let plan = engine.plan(for: profile)
        let golden = try GoldenPlans.planJSON(name)
        #expect(Data(plan.jsonBytes) == golden, "\(name): the plan or its JSON changed")
        // The Codable form, which the CLI and exports use, agrees too.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try encoder.encode(plan) == golden)
    }
}
