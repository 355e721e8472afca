/// A light suffix stripper, applied alike to the knowledge base and to questions, so inflections meet:
/// dimples/dimpled/dimply → "dimpl", lumpy → "lump", tanning/tanned → "tan", therapies → "therap".
/// It is deliberately conservative (short words are left alone) rather than linguistically exact.
enum Stemmer {
    /// Irregular forms the rules would miss or mangle.
    private static let irregular: [String: String] = [
        "women": "woman", "womens": "woman", "men": "man", "mens": "man", "feet": "foot",
        "teeth": "tooth", "worse": "bad", "worst": "bad", "better": "good", "best": "good",
        "lost": "los", "bought": "buy", "paid": "pay", "dimply": "dimpl", "lipoedema": "lipedema",
        "oedema": "edema", "tyres": "tire", "tyre": "tire", "thighs": "thigh", "buttocks": "buttock",
        "leggings": "legging", "legging": "legging", "does": "do", "did": "do", "done": "do", "went": "go",
        "gone": "go", "gotten": "get", "got": "get",
    ]

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    private static let noUndouble: Set<Character> = ["l", "s", "z"]
    private static let esAfter: Set<Character> = ["s", "x", "z", "h"]

    static func stem(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        guard word.count > 3, word.allSatisfy({ $0.isASCII }) else { return word }
        var w = Array(word)

        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix)
            return w.count >= s.count && w[(w.count - s.count)...].elementsEqual(s)
        }
        func hasVowel(before n: Int) -> Bool { w[..<(w.count - n)].contains { vowels.contains($0) } }
        func drop(_ n: Int) { w.removeLast(n) }
        func undouble() {
            guard w.count >= 3, let last = w.last, last == w[w.count - 2], !vowels.contains(last),
                !noUndouble.contains(last)
            else { return }
            drop(1)
        }

        // Plurals and the third person.
        if ends("ies"), w.count > 4 {
            drop(3)
            w.append("y")
        } else if ends("sses") {
            drop(2)
        } else if ends("es"), w.count > 4, esAfter.contains(w[w.count - 3]) {
            drop(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            drop(1)
        }

        // Verb endings: -ing, -ed (not -eed: bleed, need).
        if ends("ing"), w.count > 5, hasVowel(before: 3) {
            drop(3)
            undouble()
        } else if ends("ed"), !ends("eed"), w.count > 4, hasVowel(before: 2) {
            drop(2)
            undouble()
        }

        // Adverbs, nouns of quality, adjectives in -y, a final silent e.
        if ends("ily"), w.count > 5 {
            drop(3)
            w.append("y")
        } else if ends("ly"), w.count > 5 {
            drop(2)
        }
        if ends("ness"), w.count > 6 { drop(4) }
        if ends("y"), w.count > 4, !vowels.contains(w[w.count - 2]) { drop(1) }
        if ends("e"), w.count > 3 { drop(1) }
        return String(w)
    }
}
