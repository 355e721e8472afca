/// Shapes of a password that make it easy to guess whatever its length.
enum PasswordStructure {
    /// Keyboard and counting runs a person types without thinking. Each is read cyclically
    /// (so "7890123456" and "zxcvbnm1234" are runs), forwards and backwards.
    static let runs = [
        "1234567890",
        "abcdefghijklmnopqrstuvwxyz",
        // The US keyboard's letters read row by row ("qwertyuiopasdfgh", "zxcvbnmqwerty"), and
        // the same with the number row first ("1234567890qwerty", "zxcvbnm123").
        "qwertyuiopasdfghjklzxcvbnm",
        "1234567890qwertyuiopasdfghjklzxcvbnm",
    ]

    /// True when the characters repeat with a period of at most half their length:
    /// "abcabcabcabc", "passwordpassword", "12341234123412" (a trailing partial block counts).
    static func isPeriodic(_ characters: [Character]) -> Bool {
        guard characters.count >= 2 else { return false }
        return (1...(characters.count / 2)).contains { period in
            (period..<characters.count).allSatisfy { characters[$0] == characters[$0 - period] }
        }
    }

    /// True when `lowered` is a stretch of one of `runs`, read cyclically, in either direction.
    static func isRun(_ lowered: String) -> Bool {
        runs.contains { run in
            let cycled = String(repeating: run, count: lowered.count / run.count + 2)
            return cycled.contains(lowered) || String(cycled.reversed()).contains(lowered)
        }
    }
}
