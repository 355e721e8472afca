import CelluliteKit
import PropertyBased
import Testing

private let policy: PasswordPolicy = {
    do {
        return try PasswordPolicy.bundled()
    } catch {
        fatalError("\(error)")
    }
}()

private func reason(_ password: String, email: String? = nil) -> PasswordError? {
    do {
        try policy.check(password, email: email.map { try! Email($0) })
        return nil
    } catch {
        return error
    }
}

/// Passphrase-like passwords: several random words of random letters, spaces and digits.
private let passphrases = Gen.lowercaseLetter.string(of: 3...8).array(of: 3...6).map { $0.joined(separator: " ") }

@Suite struct TrackerPasswordTests {
    @Test func theBundledListIsSourcedAndHoldsOnlyLongEntries() throws {
        let list = try CommonPasswordList.bundled()
        #expect(list.entries.count > 300)
        #expect(list.entries.allSatisfy { $0.count >= 12 && $0 == $0.lowercased() && !$0.hasPrefix("# ") })
        // Entries of both published lists.
        #expect(list.contains("1qaz2wsx3edc"))
        #expect(list.contains("Jamesbond007"))
        #expect(list.contains("temppassword"))
    }

    @Test func lengthCountsCharactersNotBytesOrCodePoints() {
        // 11 emoji with skin tones: 11 characters, 22 code points, 88 bytes.
        let emoji = String(repeating: "👍🏽", count: 5) + String(repeating: "🧑🏾", count: 6)
        #expect(reason(emoji) == .tooShort(characters: 11))
        // 12 characters, one of them written as e + combining accent.
        #expect(reason("cafe\u{301} au lait!") == nil)
        #expect(reason("cafe\u{301} au lai") == .tooShort(characters: 11))
        #expect(reason(String(repeating: "ab1", count: 43)) == .tooLong(characters: 129))
    }

    @Test func theLimitsAreExactly12And128() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...160)) { length in
            // A non-periodic, non-sequential password of `length` characters.
            let password = String(
                (0..<length).map { index in Array("qjxv7#kzm!wp")[index * 7 % 12] }.shuffledDeterministically(
                    seed: length))
            let result = reason(password)
            switch length {
            case ..<12: #expect(result == .tooShort(characters: length))
            case 129...: #expect(result == .tooLong(characters: length))
            default:
                if case .tooShort = result { Issue.record("\(length) refused as too short") }
                if case .tooLong = result { Issue.record("\(length) refused as too long") }
            }
        }
    }

    @Test(arguments: [
        ("1qaz2wsx3edc", WeakPasswordReason.listed), ("Password1234", .listed), ("123456789012", .sequence),
        ("QWERTYUIOPASDFGH", .sequence),
        ("qwertyuiopasdfgh", .sequence), ("2345678901234", .sequence), ("zyxwvutsrqponm", .sequence),
        ("9876543210987", .sequence), ("mnbvcxzlkjhgfd", .sequence), ("aaaaaaaaaaaa", .oneCharacterRepeated),
        ("            ", .oneCharacterRepeated), ("passwordpassword", .repeatedBlock),
        ("abcabcabcabcab", .repeatedBlock),
        ("Cellulite2024!", .builtOnServiceName), ("cellulite advisor", .builtOnServiceName),
    ])
    func commonShapesAreRefused(password: String, expected: WeakPasswordReason) {
        #expect(reason(password) == .common(expected))
    }

    @Test func aPasswordMostlyMadeOfTheEmailIsRefused() {
        let email = "ana.maria@example.com"
        #expect(reason("ana.maria1234", email: email) == .common(.builtOnEmail))
        #expect(reason("AnaMaria2024!!", email: email) == .common(.builtOnEmail))
        #expect(reason("ana.maria@example.com", email: email) == .common(.builtOnEmail))
        #expect(reason("example12345678", email: email) == .common(.builtOnEmail))
        // What is left without the email's words is itself a sequence.
        #expect(reason("maria123456789012", email: email) == .common(.builtOnEmail))
        // The email's words inside a long, otherwise good passphrase are fine.
        #expect(reason("ana rides her purple bicycle home", email: email) == nil)
        // Without the email, the same password is judged on its own.
        #expect(reason("AnaMaria2024!!") == nil)
    }

    @Test func randomPassphrasesPass() async {
        await propertyCheck(count: 300, input: passphrases.filter { $0.count >= 12 }) { phrase in
            #expect(reason(phrase, email: "someone@example.org") == nil, "\(phrase)")
        }
    }

    @Test func anyRunOfTheDigitsOrKeyboardIsRefusedWhateverWhereItStarts() async {
        let runs = ["1234567890", "qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz"]
        await propertyCheck(
            count: 300, input: zip(Gen.int(in: 0...2), Gen.int(in: 0...40), Gen.int(in: 12...40), Gen.bool)
        ) {
            which, start, length, backwards in
            let run = Array(String(repeating: runs[which], count: 10))
            var password = String(run[start..<(start + length)])
            if backwards { password = String(password.reversed()) }
            let refusal = reason(password)
            // A run longer than its cycle also repeats a block; either way it is refused as common.
            let expected: [PasswordError] = [.common(.sequence), .common(.listed), .common(.repeatedBlock)]
            #expect(refusal.map(expected.contains) == true, "\(password)")
        }
    }

    @Test func controlCharactersAreRefusedAndMessagesNeverShowThePassword() {
        #expect(reason("correct horse\u{0}battery") == .controlCharacter)
        #expect(reason("correct horse\nbattery") == .controlCharacter)
        let secret = "qwertyuiopasdfgh"
        #expect(!(reason(secret)?.description.contains(secret) ?? true))
        for why in WeakPasswordReason.allCases {
            #expect(!PasswordError.common(why).description.isEmpty)
        }
    }
}

extension Array {
    /// A fixed shuffle, so a generated password does not become a block repeated by construction.
    fileprivate func shuffledDeterministically(seed: Int) -> [Element] {
        var generator = SplitMix64(seed: UInt64(seed))
        return shuffled(using: &generator)
    }
}
