/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), for catching
/// misspelt brand names: "sculptura" → "sculptra" (1), "celfina" → "cellfina" (1), "scultpra" → "sculptra" (1).
enum EditDistance {
    /// The distance between `a` and `b`, or nil as soon as it must exceed `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// How many edits a word of this length may carry and still be recognised: none below 5 letters
    /// (too many real words sit one letter apart), one up to 7, two from 8.
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<5: 0
        case 5...7: 1
        default: 2
        }
    }
}
