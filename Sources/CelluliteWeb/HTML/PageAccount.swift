import CelluliteKit
import CelluliteStore
import Vapor

/// Who is signed in on the pages: the account id in the database session. Pages never accept a
/// bearer token, and the API never reads this.
enum PageAccount {
    static let sessionKey = "account"

    static func signedIn(_ request: Request, store: any AccountStore) async throws -> StoredAccount? {
        guard let text = request.session.data[sessionKey], let id = Account.ID(uuidString: text) else { return nil }
        return try await store.account(id: id)
    }

    /// Signs `account` in under a new session id, so an id planted before log-in is worthless.
    static func signIn(_ account: Account.ID, _ request: Request) async throws {
        if let old = request.session.id {
            try await request.application.sessions.driver.deleteSession(old, for: request).get()
            request.session.id = nil
        }
        request.session.data = SessionData([sessionKey: account.uuidString])
    }

    static func signOut(_ request: Request) {
        request.session.destroy()
    }
}
