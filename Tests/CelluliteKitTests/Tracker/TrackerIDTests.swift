import CelluliteKit
import Foundation
import Testing

@Suite struct TrackerIDTests {
    @Test func aSeededGeneratorRepeatsItsSequenceAndMakesVersion4UUIDs() {
        let first = IDGenerator.seeded(42)
        let second = IDGenerator.seeded(42)
        let a: [CheckIn.ID] = (0..<50).map { _ in first.next() }
        let b: [CheckIn.ID] = (0..<50).map { _ in second.next() }
        #expect(a == b)
        #expect(Set(a).count == 50)
        for id in a {
            let text = id.uuidString
            #expect(text == text.lowercased())
            // xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx
            let characters = Array(text)
            #expect(characters[14] == "4", "\(text)")
            #expect("89ab".contains(characters[19]), "\(text)")
        }
        let other: [CheckIn.ID] = (0..<50).map { _ in IDGenerator.seeded(43).next() }
        #expect(other.first != a.first)
    }

    @Test func idsEncodeAsLowercaseUUIDStringsAndDecodeEitherCase() throws {
        let uuid = UUID(uuidString: "7D444840-9DC0-11D1-B245-5FFDCE74FAD2")!
        let id = Account.ID(uuid)
        #expect(try json([id]) == "[\"7d444840-9dc0-11d1-b245-5ffdce74fad2\"]")
        let decoded = try JSONDecoder().decode(
            [Account.ID].self, from: Data("[\"7D444840-9DC0-11D1-B245-5FFDCE74FAD2\"]".utf8))
        #expect(decoded == [id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Account.ID].self, from: Data("[\"not-a-uuid\"]".utf8))
        }
        #expect(Account.ID(uuidString: "nope") == nil)
    }

    @Test func aCustomGeneratorIsUsedAsGiven() {
        let fixed = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
        let ids = IDGenerator { fixed }
        let id: Account.ID = ids.next()
        #expect(id.uuid == fixed)
        // Account and check-in ids over one UUID are still different types; only the UUIDs compare.
        let checkIn = ids.next(CheckIn.self)
        #expect(checkIn.uuid == id.uuid)
    }
}
