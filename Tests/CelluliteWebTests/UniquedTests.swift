import PropertyBased
import Testing

@testable import CelluliteWeb

/// Short lists are deduplicated by a scan, long ones through a set: both keep the first of each
/// item, in order.
@Suite struct UniquedTests {
    static let ids = Gen<String?>.element(of: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"])
        .compactMap { $0 }.array(of: 0...20)

    @Test func uniquedKeepsTheFirstOfEachInOrder() async {
        await propertyCheck(count: 1_000, input: Self.ids) { ids in
            var seen = Set<String>()
            #expect(Present.uniqued(ids) == ids.filter { seen.insert($0).inserted })
        }
    }
}
