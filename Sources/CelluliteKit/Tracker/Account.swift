import Foundation

/// A person's account: who signs in and when the account was made. Credentials live in the store.
public struct Account: Sendable, Hashable, Identifiable {
    public typealias ID = TypedID<Account>

    public let id: ID
    public let email: Email
    public let createdAt: Date

    public init(id: ID, email: Email, createdAt: Date) {
        self.id = id
        self.email = email
        self.createdAt = createdAt
    }
}

extension Account: Encodable {
    private enum CodingKeys: String, CodingKey { case email, createdAt }

    /// `{"email", "createdAt"}` (ARCHITECTURE 3.6); the id is not shown to anyone.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(email, forKey: .email)
        try container.encode(UTCTimestamp(createdAt).rfc3339, forKey: .createdAt)
    }
}
