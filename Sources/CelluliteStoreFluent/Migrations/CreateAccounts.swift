import FluentKit

/// Accounts: the normalised email (unique, so two sign-ups with one address cannot both win) and
/// the bcrypt hash of the password.
public struct CreateAccounts: AsyncMigration {
    public static let schema = "accounts"
    /// The constraint the store recognises in a refused insert to answer `StoreError.emailTaken`.
    public static let uniqueEmail = "accounts_email_key"

    public var name: String { "CreateAccounts" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "email", name: Self.uniqueEmail)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
