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

    static func stem(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 < 0x80 }) else { return word }

        // Plurals and the third person.
        if ends(w, "ies"), w.count > 4 {
            w.removeLast(3)
            w.append(y)
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "es"), w.count > 4, esAfter.contains(w[w.count - 3]) {
            w.removeLast(2)
        } else if ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") {
            w.removeLast()
        }

        // Verb endings: -ing, -ed (not -eed: bleed, need).
        if ends(w, "ing"), w.count > 5, hasVowel(w, before: 3) {
            w.removeLast(3)
            undouble(&w)
        } else if ends(w, "ed"), !ends(w, "eed"), w.count > 4, hasVowel(w, before: 2) {
            w.removeLast(2)
            undouble(&w)
        }

        // Adverbs, nouns of quality, adjectives in -y, a final silent e.
        if ends(w, "ily"), w.count > 5 {
            w.removeLast(3)
            w.append(y)
        } else if ends(w, "ly"), w.count > 5 {
            w.removeLast(2)
        }
        if ends(w, "ness"), w.count > 6 { w.removeLast(4) }
        if ends(w, "y"), w.count > 4, !isVowel(w[w.count - 2]) { w.removeLast() }
        if ends(w, "e"), w.count > 3 { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    private static let y = UInt8(ascii: "y")
    private static let esAfter: Set<UInt8> = Set("sxzh".utf8)
    private static let noUndouble: Set<UInt8> = Set("lsz".utf8)

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), y: true
        default: false
        }
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            var index = 0
            while index < count {
                if w[w.count - count + index] != buffer[index] { return false }
                index += 1
            }
            return true
        }
    }

    private static func hasVowel(_ w: [UInt8], before n: Int) -> Bool {
        w[..<(w.count - n)].contains(where: isVowel)
    }

    private static func undouble(_ w: inout [UInt8]) {
        guard w.count >= 3, let last = w.last, last == w[w.count - 2], !isVowel(last), !noUndouble.contains(last)
        else { return }
        w.removeLast()
    }
}
