import Crypto
import Foundation
import Vapor

/// Hashes and checks passwords with Vapor's bcrypt. bcrypt reads only the first 72 bytes, and a
/// 128-character password can be longer, so it hashes the password's SHA-256 (base64, 44 bytes):
/// every character counts.
struct PasswordHasher: Sendable {
    /// bcrypt's cost factor: 2^cost rounds. Tests pass a low one to stay fast.
    let cost: Int

    /// Hashed once at start: an unknown email is checked against it, so a log-in takes the same
    /// time whether or not the account exists.
    let dummyHash: String

    init(cost: Int) throws {
        self.cost = cost
        dummyHash = try Bcrypt.hash(Self.prepared("not anybody's password"), cost: cost)
    }

    func hash(_ password: String) throws -> String {
        try Bcrypt.hash(Self.prepared(password), cost: cost)
    }

    func verify(_ password: String, against hash: String) throws -> Bool {
        try Bcrypt.verify(Self.prepared(password), created: hash)
    }

    private static func prepared(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}

extension Request {
    /// bcrypt on the thread pool, so a hash does not hold up the event loop's other connections.
    func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await application.threadPool.runIfActive(work)
    }
}
