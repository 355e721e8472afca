/// US-dollar amounts as people read them: "$3,000".
public enum Money {
    /// "$1,250", "-$5": a plan page writes one for each example product, and grouping the
    /// digits Character by Character cost more than the rest of the label.
    public static func dollars(_ amount: Int) -> String {
        // Written from the last digit, a comma before every fourth character, then reversed.
        String(unsafeUninitializedCapacity: 32) { text in
            var magnitude = amount.magnitude
            var count = 0
            repeat {
                if count % 4 == 3 {
                    text[count] = UInt8(ascii: ",")
                    count += 1
                }
                text[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                count += 1
                magnitude /= 10
            } while magnitude > 0
            text[count] = UInt8(ascii: "$")
            count += 1
            if amount < 0 {
                text[count] = UInt8(ascii: "-")
                count += 1
            }
            var written = UnsafeMutableBufferPointer(rebasing: text[..<count])
            written.reverse()
            return count
        }
    }
}
