import CelluliteKit
import CelluliteStore
import Crypto
import Foundation

/// Opaque API tokens: 32 random bytes, base64url. Only their SHA-256 is stored, so the database
/// alone cannot be used to sign in.
struct BearerTokens: Sendable {
    let lifetime: TimeInterval
    /// Where the bytes come from; the system's CSPRNG outside tests.
    let randomBytes: @Sendable (Int) -> [UInt8]

    static let systemRandom: @Sendable (Int) -> [UInt8] = { SecureRandom.bytes($0) }

    /// A new token for the account and the row to store for it.
    func issue(for account: Account.ID, now: Date) -> (token: String, stored: StoredToken) {
        let token = Base64URL.encode(randomBytes(32))
        return (
            token,
            StoredToken(hash: Self.hash(token), account: account, createdAt: now, expiresAt: now + lifetime)
        )
    }

    static func hash(_ token: String) -> String {
        Hex.lowercase(SHA256.hash(data: Data(token.utf8)))
    }
}
