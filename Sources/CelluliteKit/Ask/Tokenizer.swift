import Foundation

/// Splits text into lower-case, accent-free word tokens: "Avéli's" → ["avelis"], "Nürnberger–Müller"
/// → ["nurnberger", "muller"]. Apostrophes vanish inside words ("don't" → "dont"); any other
/// character that is not a letter or digit separates tokens.
enum Tokenizer {
    static func tokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                tokens.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.append(scalar)
            case "'", "\u{2019}", "\u{2018}":
                continue
            default:
                if scalar.properties.isAlphabetic {
                    // Letters folding could not reduce to ASCII (ß, ø, æ): keep them, they still match themselves.
                    current.append(scalar)
                } else {
                    flush()
                }
            }
        }
        flush()
        return tokens
    }

    /// The common case, without Foundation's folding: plain ASCII, lower-cased byte by byte.
    private static func asciiTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(24)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "'"):
                continue
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
