import CelluliteKit
import Foundation
import PropertyBased
import Testing

@testable import CelluliteStoreFluent

/// The stored routine and ticks read back as `JSONDecoder` read them, whatever their text holds;
/// anything else in their column fails the read, naming it.
@Suite struct TrackerColumnCodingTests {
    /// Mostly ASCII (every control character and JSON's specials among them), then the rest of Unicode.
    static let text = Gen<Character>.frequency(
        (6, Gen.character(in: "\u{0}"..."\u{7F}")),
        (1, Gen.character(in: "\u{80}"..."\u{D7FF}")),
        (1, Gen.character(in: "\u{E000}"..."\u{10FFFF}"))
    ).string(of: 0...20)

    @Test func aRoutineReadsBackAsJSONDecoderReadsIt() async throws {
        await propertyCheck(count: 500, input: Self.text.array(of: 0...5), Self.text.array(of: 0...5)) {
            treatments, names in
            let routine = Routine(items: zip(treatments, names).map { RoutineItem(treatment: $0, name: $1) })
            let json = try TrackerColumnCoding.json(routine)
            let read = try TrackerColumnCoding.routine(json, table: "t", column: "c")
            #expect(read == routine)
            #expect(read == (try JSONDecoder().decode(Routine.self, from: Data(json.utf8))))
        }
    }

    @Test func ticksReadBackAsJSONDecoderReadsThem() async throws {
        await propertyCheck(count: 500, input: Self.text.array(of: 0...6)) { ticks in
            let json = try TrackerColumnCoding.doneJSON(Set(ticks))
            let read = try TrackerColumnCoding.strings(json, table: "t", column: "c")
            #expect(read == Set(ticks).sorted())
            #expect(read == (try JSONDecoder().decode([String].self, from: Data(json.utf8))))
        }
    }

    @Test func otherTextFailsTheReadNamingTheColumn() {
        let routines = ["[", "{}", #"{"items": {}}"#, #"{"items": [{"name": "a"}]}"#, #"{"items": [1]}"#, ""]
        for text in routines {
            #expect(throws: UnreadableStoredValue.self, "\(text)") {
                try TrackerColumnCoding.routine(text, table: "routine_versions", column: "routine_json")
            }
        }
        for text in ["{}", #"["a", 1]"#, "[", #""a""#] {
            #expect(throws: UnreadableStoredValue.self, "\(text)") {
                try TrackerColumnCoding.strings(text, table: "routine_days", column: "done_json")
            }
        }
    }
}
