/// US-dollar amounts as people read them: "$3,000".
public enum Money {
    public static func dollars(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (amount < 0 ? "-$" : "$") + grouped
    }
}
