/// The account password rule (ARCHITECTURE 3.6): 12 to 128 characters and not a common one.
///
/// Length counts `Character`s, what a person sees and counts when told "12 characters": a
/// byte or code-point count would let "é" (one or two code points) or an emoji (up to seven)
/// count differently from how it looks, and would make the rule depend on normalisation.
///
/// "Common" follows NIST SP 800-63B (5.1.1.2): refuse values from breach lists, repetitive or
/// sequential characters, and context-specific words. A list of every common password this long
/// does not exist, so the rule is a published list (`CommonPasswordList`) plus structure:
/// one character repeated, a block repeated ("passwordpassword"), a run along the keyboard, the
/// digits or the alphabet ("qwertyuiopasdfgh", "123456789012"), and a password that is mostly the
/// email address or the service's name: what is left after taking those words out must itself
/// be at least 12 characters and pass.
///
/// Messages never contain the password.
public struct PasswordPolicy: Sendable {
    public static let characterRange = 12...128
    /// Words of this service a password must not lean on.
    public static let serviceWords = ["cellulite", "advisor"]

    public let commonPasswords: CommonPasswordList

    public init(commonPasswords: CommonPasswordList) {
        self.commonPasswords = commonPasswords
    }

    /// The policy with the bundled list.
    public static func bundled() throws(CommonPasswordListError) -> PasswordPolicy {
        PasswordPolicy(commonPasswords: try CommonPasswordList.bundled())
    }

    /// Throws the first problem found: length, control characters, then the common-password rules.
    /// `email` is the account's address, whose words the password may not be built on.
    public func check(_ password: String, email: Email? = nil) throws(PasswordError) {
        let count = password.count
        guard count >= Self.characterRange.lowerBound else { throw .tooShort(characters: count) }
        guard count <= Self.characterRange.upperBound else { throw .tooLong(characters: count) }
        // A NUL or other control character would be cut or mangled by C-based hashing and by forms.
        guard !password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .controlCharacter
        }
        let lowered = password.lowercased()
        if let reason = weakness(of: lowered) { throw .common(reason) }
        if let email, leansOn(Self.words(of: email), lowered) { throw .common(.builtOnEmail) }
        if leansOn(Self.serviceWords, lowered) { throw .common(.builtOnServiceName) }
    }

    /// Whether `password` passes.
    public func accepts(_ password: String, email: Email? = nil) -> Bool {
        (try? check(password, email: email)) != nil
    }

    private func weakness(of lowered: String) -> WeakPasswordReason? {
        if commonPasswords.contains(lowered) { return .listed }
        let characters = Array(lowered)
        if Set(characters).count == 1 { return .oneCharacterRepeated }
        if PasswordStructure.isPeriodic(characters) { return .repeatedBlock }
        if PasswordStructure.isRun(lowered) { return .sequence }
        return nil
    }

    /// True when `lowered` contains one of `words` and what remains without them is short or weak.
    private func leansOn(_ words: [String], _ lowered: String) -> Bool {
        var rest = lowered
        for word in words.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
            rest = rest.replacing(word, with: "")
        }
        guard rest != lowered else { return false }
        return rest.count < Self.characterRange.lowerBound || weakness(of: rest) != nil
    }

    /// The address, its two parts, and the words of three or more characters inside them
    /// ("ana.maria@example.com": ana, maria, example), top-level domain left out.
    static func words(of email: Email) -> [String] {
        let local = String(email.localPart)
        let domain = String(email.domain)
        let localWords = local.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let domainWords = domain.split(separator: ".").dropLast().map(String.init)
        return [email.address, local, domain] + (localWords + domainWords).filter { $0.count >= 3 }
    }
}
