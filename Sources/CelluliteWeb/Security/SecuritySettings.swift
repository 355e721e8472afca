import Foundation
import NIOHTTP1

/// The limits and secrets the web layer enforces, as one value in `WebSettings`. SECURITY.md lists
/// them with the reasons for each default.
public struct SecuritySettings: Sendable, Hashable {
    /// The longest request target (path and query) read at all: 414 above it. The longest valid
    /// one, a 500-character question of 4-byte characters percent-encoded, is about 6 KB.
    public var maxURLBytes: Int
    public var query: QueryLimits
    /// The largest request body: 413 above it, and the connection closes.
    public var maxBodyBytes: Int
    /// The largest photo file (10 MB, ARCHITECTURE 3.7), on the upload routes only; their body
    /// may be larger by `uploadEnvelopeBytes`, the multipart framing and the form's other fields.
    public var maxPhotoBytes: Int
    public var connections: ConnectionLimits
    /// A session ends this long after its last use; expired rows are purged.
    public var sessionLifetime: Duration
    /// A form's CSRF token is good for this long after the page was served.
    public var csrfTokenLifetime: Duration
    /// How often expired sessions are deleted.
    public var purgeInterval: Duration
    /// True only behind a proxy that sets X-Forwarded-Proto itself: then `https` there makes
    /// cookies Secure and adds HSTS. Never trust it from clients directly.
    public var trustsForwardedProto: Bool
    /// Signs CSRF tokens (32 bytes). Nil: a random key per process, so forms expire on restart.
    public var secretKey: Data?
    /// Encrypts photos at rest (32 bytes, AES-GCM). Nil: a random key per process (tests).
    public var dataKey: Data?
    /// bcrypt's cost factor (2^cost rounds); README gives the time per hash on this machine.
    public var passwordHashCost: Int
    /// How long an API bearer token works after it is issued.
    public var tokenLifetime: Duration

    public init(
        maxURLBytes: Int = 8_192, query: QueryLimits = QueryLimits(), maxBodyBytes: Int = 16_384,
        maxPhotoBytes: Int = 10 * 1024 * 1024, connections: ConnectionLimits = ConnectionLimits(),
        sessionLifetime: Duration = .seconds(24 * 3600),
        csrfTokenLifetime: Duration = .seconds(2 * 3600), purgeInterval: Duration = .seconds(600),
        trustsForwardedProto: Bool = false, secretKey: Data? = nil, dataKey: Data? = nil, passwordHashCost: Int = 12,
        tokenLifetime: Duration = .seconds(30 * 24 * 3600)
    ) {
        self.maxURLBytes = maxURLBytes
        self.query = query
        self.maxBodyBytes = maxBodyBytes
        self.maxPhotoBytes = maxPhotoBytes
        self.connections = connections
        self.sessionLifetime = sessionLifetime
        self.csrfTokenLifetime = csrfTokenLifetime
        self.purgeInterval = purgeInterval
        self.trustsForwardedProto = trustsForwardedProto
        self.secretKey = secretKey
        self.dataKey = dataKey
        self.passwordHashCost = passwordHashCost
        self.tokenLifetime = tokenLifetime
    }
}

extension SecuritySettings {
    /// Room for the multipart boundaries, part headers and the small fields beside the file.
    public static let uploadEnvelopeBytes = 64 * 1024

    /// The body limit of an upload route.
    public var maxUploadBodyBytes: Int { maxPhotoBytes + Self.uploadEnvelopeBytes }

    /// The paths that take a photo: the only ones allowed the larger body.
    static let uploadPaths: Set<String> = ["/api/me/photos", "/dashboard/photos"]

    /// The body limit for a request line: the upload limit for a POST to an upload path, the
    /// small one everywhere else. `target` may carry a query, which does not count.
    func maxBodyBytes(method: HTTPMethod, target: String) -> Int {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return method == .POST && Self.uploadPaths.contains(String(path)) ? maxUploadBodyBytes : maxBodyBytes
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
