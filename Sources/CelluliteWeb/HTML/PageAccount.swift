import CelluliteKit
import CelluliteStore
import Crypto
import Foundation
import Vapor

/// Who is signed in on the pages: the account id in the database session, with a fingerprint of
/// the password hash it was signed in with, so a password change (through the API or a page) ends
/// every session signed in before it. Pages never accept a bearer token; the API never reads this.
enum PageAccount {
    static let sessionKey = "account"
    static let credentialKey = "credential"

    /// Without a session cookie nothing is read: touching the session would hand an anonymous
    /// visitor a cookie for nothing.
    static func signedIn(_ request: Request, store: any AccountStore) async throws -> StoredAccount? {
        guard let id = sessionAccount(request) else { return nil }
        return confirmed(try await store.account(id: id), request)
    }

    /// The account the session names, not yet checked against the store (`confirmed`).
    static func sessionAccount(_ request: Request) -> Account.ID? {
        guard request.cookies[request.application.sessions.configuration.cookieName] != nil else { return nil }
        return request.session.data[sessionKey].flatMap(Account.ID.init(uuidString:))
    }

    /// The stored account the session named, if it was signed in with its current password.
    static func confirmed(_ stored: StoredAccount?, _ request: Request) -> StoredAccount? {
        guard let stored, request.session.data[credentialKey] == fingerprint(stored.passwordHash) else {
            // Deleted, or the password changed since: this session is over.
            request.session.destroy()
            return nil
        }
        return stored
    }

    /// Signs the account in under a new session id, so an id planted before log-in is worthless.
    static func signIn(_ account: StoredAccount, _ request: Request) async throws {
        if let old = request.session.id {
            try await request.application.sessions.driver.deleteSession(old, for: request).get()
            request.session.id = nil
        }
        request.session.data = SessionData(initialData: [
            sessionKey: account.account.id.uuidString, credentialKey: fingerprint(account.passwordHash),
        ])
    }

    static func signOut(_ request: Request) {
        request.session.destroy()
    }

    /// A SHA-256 of the bcrypt hash: it changes with the password and reveals nothing of it.
    private static func fingerprint(_ passwordHash: String) -> String {
        Hex.lowercase(SHA256.hash(data: Data(passwordHash.utf8)).prefix(16))
    }
}
