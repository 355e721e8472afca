import Crypto
import Foundation
import Testing

@testable import CelluliteWeb

/// Tokens are signed from one pre-keyed MAC that every request copies: each signature must be the
/// one a freshly keyed HMAC gives, however many tokens were made before it or at the same time.
@Suite struct CSRFTokenSigningTests {
    static let key = SymmetricKey(size: .bits256)
    static let tokens = CSRFTokens(key: key, lifetime: .seconds(3_600), clock: SystemWallClock())

    static func signatureIsFresh(_ token: String) -> Bool {
        guard let bytes = Base64URL.decode(token), bytes.count == 24 + 32 else { return false }
        let expected = HMAC<SHA256>.authenticationCode(for: bytes.prefix(24), using: key)
        return Data(expected) == bytes.suffix(32)
    }

    @Test func tokensMadeOneAfterAnotherAreEachSignedAfresh() {
        let made = (0..<200).map { _ in Self.tokens.make() }
        #expect(made.allSatisfy(Self.signatureIsFresh))
        #expect(made.allSatisfy(Self.tokens.isValid))
        #expect(Set(made).count == made.count)
    }

    @Test func tokensMadeAtTheSameTimeAreEachSignedAfresh() async {
        let made = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<100).map { _ in Self.tokens.make() } } }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(made.count == 800)
        #expect(made.allSatisfy(Self.signatureIsFresh))
    }
}
