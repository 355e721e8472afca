import CelluliteKit
import PropertyBased
import Testing

private let localCharacters = Gen<Character?>.element(
    of: Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-ÄéØ") as [Character]
).map { $0! }
private let labelCharacters = Gen<Character?>.element(
    of: Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") as [Character]
).map { $0! }

/// Addresses that must be accepted: a local part, one @, two to four non-empty labels, with
/// optional surrounding whitespace.
private let validAddresses = zip(
    localCharacters.string(of: 1...30),
    labelCharacters.string(of: 1...20).array(of: 2...4),
    Gen<String?>.element(of: ["", " ", "\t", "\n  "]).map { $0! }
).map { local, labels, padding in padding + local + "@" + labels.joined(separator: ".") + padding }

@Suite struct TrackerEmailTests {
    @Test func validAddressesAreAcceptedAndNormalisedToLowercaseWithoutPadding() async {
        await propertyCheck(count: 500, input: validAddresses) { text in
            let email = try? Email(text)
            #expect(email != nil, "\(text.debugDescription)")
            guard let email else { return }
            #expect(email.address == email.address.lowercased())
            #expect(email.address == email.address.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(email.address.lowercased() == text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
            // Normalising is idempotent, and addresses differing only by case are one address.
            #expect((try? Email(email.address)) == email)
            #expect((try? Email(text.uppercased())) == email)
            #expect(email.localPart + "@" + email.domain == email.address)
        }
    }

    @Test func aSpaceOrControlCharacterInsideIsRefused() async {
        let forbidden = Gen<Character?>.element(
            of: [" ", "\t", "\u{0}", "\u{7F}", "\u{200B}", "\u{202E}", "\u{A0}", "\u{2028}"] as [Character]
        ).map { $0! }
        await propertyCheck(count: 500, input: zip(validAddresses, forbidden, Gen.int(in: 0...1000))) {
            text, bad, position in
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            var characters = Array(trimmed)
            characters.insert(bad, at: 1 + position % (characters.count - 1))
            let broken = String(characters)
            #expect(throws: EmailError.forbiddenCharacter(bad.unicodeScalars.first!), "\(broken.debugDescription)") {
                try Email(broken)
            }
        }
    }

    @Test func withoutExactlyOneAtItIsRefused() async {
        await propertyCheck(count: 300, input: validAddresses) { text in
            let noAt = text.replacingOccurrences(of: "@", with: "")
            #expect(throws: EmailError.missingAt) { try Email(noAt) }
            let twoAts = text.replacingOccurrences(of: "@", with: "@x@")
            #expect(throws: EmailError.moreThanOneAt) { try Email(twoAts) }
        }
    }

    @Test func theLengthLimitsCountBytes() throws {
        let domain = "@" + String(repeating: "d", count: 60) + "." + String(repeating: "e", count: 60) + ".org"
        let local64 = String(repeating: "a", count: 64)
        _ = try Email(local64 + domain)
        #expect(throws: EmailError.localPartTooLong(octets: 65)) { try Email(local64 + "a" + domain) }
        // 32 "é" are 32 characters but 64 bytes.
        _ = try Email(String(repeating: "é", count: 32) + domain)
        #expect(throws: EmailError.localPartTooLong(octets: 66)) {
            try Email(String(repeating: "é", count: 33) + domain)
        }
        let label = String(repeating: "x", count: 63)
        let long = "a@" + [label, label, label, String(repeating: "y", count: 60)].joined(separator: ".")
        #expect(long.utf8.count == 254)
        _ = try Email(long)
        #expect(throws: EmailError.tooLong(octets: 255)) { try Email("a" + long) }
    }

    @Test(arguments: [
        ("", EmailError.empty), ("   ", .empty), ("@example.com", .emptyLocalPart), ("ana@", .emptyDomain),
        ("ana@localhost", .domainWithoutDot), ("ana@.example.com", .emptyDomainLabel),
        ("ana@example.com.", .emptyDomainLabel), ("ana@example..com", .emptyDomainLabel),
        ("ana maria@example.com", .forbiddenCharacter(" ")), ("ana@example.com\u{0}", .forbiddenCharacter("\u{0}")),
    ])
    func eachProblemIsNamed(text: String, expected: EmailError) {
        #expect(throws: expected) { try Email(text) }
    }

    @Test func unicodeIsComposedSoOneAddressIsOneString() throws {
        let composed = try Email("J\u{E9}r\u{F4}me@Example.ORG")
        let decomposed = try Email("Je\u{301}ro\u{302}me@example.org")
        #expect(composed.address == "jérôme@example.org")
        #expect(Array(composed.address.utf8) == Array(decomposed.address.utf8))
    }

    @Test func messagesNameTheProblem() {
        #expect(EmailError.missingAt.description.contains("@"))
        #expect(EmailError.forbiddenCharacter(" ").description.contains("space"))
        #expect(EmailError.forbiddenCharacter("\u{200B}").description.contains("U+200B"))
        #expect(EmailError.tooLong(octets: 300).description.contains("254"))
    }
}
