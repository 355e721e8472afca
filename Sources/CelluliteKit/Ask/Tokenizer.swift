import Foundation

/// Splits text into lower-case, accent-free word tokens: "Avéli's" → ["avelis"], "Nürnberger–Müller"
/// → ["nurnberger", "muller"]. Apostrophes vanish inside words ("don't" → "dont"); any other
/// character that is not a letter or digit separates tokens.
enum Tokenizer {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.append(UInt8(scalar.value))
            case "A"..."Z":
                current.append(UInt8(scalar.value + 32))
            case "'", "\u{2019}", "\u{2018}":
                continue
            case _ where scalar.isASCII:
                flush()
            default:
                // Only the rare non-ASCII character pays for Foundation's folding (é → e, ü → u).
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                for part in folded.lowercased().unicodeScalars {
                    if ("a"..."z").contains(part) || ("0"..."9").contains(part) {
                        current.append(UInt8(part.value))
                    } else if part.properties.isAlphabetic {
                        // Letters folding cannot reduce to ASCII (ß, ø): kept, they still match themselves.
                        current.append(contentsOf: String(part).utf8)
                    } else {
                        flush()
                    }
                }
            }
        }
        flush()
        return tokens
    }
}
