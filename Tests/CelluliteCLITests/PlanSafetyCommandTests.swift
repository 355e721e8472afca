import CelluliteKit
import Foundation
import Testing

/// The command line reads profiles as strictly as the API and can say every condition.
@Suite("cellulite plan: safety input")
struct PlanSafetyCommandTests {
    @Test(arguments: Profile.Condition.allCases)
    func everyConditionIsAFlag(condition: Profile.Condition) async throws {
        let session = CommandSession()
        #expect(await session.run(["plan", "--age", "30", "--condition", condition.rawValue, "--json"]) == 0)
        #expect(session.stderr.isEmpty)
    }

    @Test func anEatingDisorderLeavesOutDietAdviceEvenWhenFatIsTheConcern() async throws {
        let session = CommandSession()
        let code = await session.run([
            "plan", "--age", "30", "--concern", "fat", "--condition", "disordered-eating", "--json",
        ])
        #expect(code == 0)
        let plan = try session.json()
        let excluded = (plan["excluded"] as? [[String: Any]] ?? []).compactMap { $0["treatment"] as? String }
        #expect(excluded.contains("weight-loss-exercise"))
    }

    @Test(arguments: [
        (#"{"age":34,"conditions":[],"conditions":["pregnant"]}"#, "appears twice"),
        (#"{"age": 34,}"#, "comma before a closing bracket"),
    ])
    func aProfileTheAPIWouldRefuseIsRefusedHereToo(profile: String, reason: String) async throws {
        let session = CommandSession(answers: [profile])
        #expect(await session.run(["plan", "--profile", "-", "--json"]) == 2)
        #expect(session.stdout.isEmpty)
        #expect(session.stderr.contains(reason), "\(session.stderr)")
    }
}
