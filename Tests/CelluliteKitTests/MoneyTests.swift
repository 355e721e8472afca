import CelluliteKit
import PropertyBased
import Testing

/// `Money.dollars` groups digits as the Character-by-Character version it replaced did.
@Suite struct MoneyTests {
    @Test func examplesReadAsPeopleReadThem() {
        #expect(Money.dollars(0) == "$0")
        #expect(Money.dollars(999) == "$999")
        #expect(Money.dollars(1_000) == "$1,000")
        #expect(Money.dollars(-1_250) == "-$1,250")
        #expect(Money.dollars(Int.min) == "-$9,223,372,036,854,775,808")
    }

    @Test func everyAmountIsGroupedAsBefore() async {
        let amounts = zip(Gen.int(in: 0...18), Gen.int(in: Int.min...Int.max)).map { digits, amount in
            // As many amounts of few digits as of many.
            digits == 18 ? amount : amount % Self.power(of: digits + 1)
        }
        await propertyCheck(count: 2_000, input: amounts) { amount in
            #expect(Money.dollars(amount) == Self.grouped(amount))
        }
    }

    private static func power(of exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }

    /// The oracle: the earlier implementation.
    private static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (amount < 0 ? "-$" : "$") + grouped
    }
}
