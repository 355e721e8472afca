import Crypto
import Foundation

/// Makes and checks tokens. The clock is passed in so tests can let a token expire.
struct CSRFTokens: Sendable {
    private static let nonceBytes = 16
    private static let timeBytes = 8

    let key: SymmetricKey
    let lifetime: Duration
    let clock: any WallClock
    /// The MAC with the key already mixed in, copied for each new token: keying it again for every
    /// page was a third of making the token.
    private let keyedMAC: HMAC<SHA256>

    init(key: SymmetricKey, lifetime: Duration, clock: any WallClock) {
        self.key = key
        self.lifetime = lifetime
        self.clock = clock
        keyedMAC = HMAC(key: key)
    }

    func make() -> String {
        let issued = UInt64(max(0, clock.now().timeIntervalSince1970.rounded(.down)))
        // Time, nonce and signature in one array, encoded without a copy into `Data` first.
        var token: [UInt8] = []
        token.reserveCapacity(Self.timeBytes + Self.nonceBytes + 32)
        for index in 0..<Self.timeBytes {
            token.append(UInt8(truncatingIfNeeded: issued >> (8 * UInt64(Self.timeBytes - 1 - index))))
        }
        token += SecureRandom.bytes(Self.nonceBytes)
        var mac = keyedMAC
        mac.update(data: token)
        token += mac.finalize()
        return Base64URL.encode(token)
    }

    /// True for a token this server signed that is not older than `lifetime` (nor from the future).
    func isValid(_ token: String) -> Bool {
        guard let bytes = Base64URL.decode(token), bytes.count == Self.timeBytes + Self.nonceBytes + 32 else {
            return false
        }
        let payload = bytes.prefix(Self.timeBytes + Self.nonceBytes)
        // isValidAuthenticationCode compares in constant time.
        guard HMAC<SHA256>.isValidAuthenticationCode(bytes.suffix(32), authenticating: payload, using: key) else {
            return false
        }
        let issued = payload.prefix(Self.timeBytes).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let age = clock.now().timeIntervalSince1970 - TimeInterval(issued)
        return age >= -60 && age <= lifetime.timeInterval
    }

    /// Compares without stopping at the first difference, so timing reveals nothing.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
