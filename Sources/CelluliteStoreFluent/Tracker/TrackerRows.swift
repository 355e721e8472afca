import FluentKit
import Foundation

// The tracker's rows, one model per table of the migrations, for the backups and the writes and
// deletes that are not on a hot path. Columns hold plain values (UUIDs, text, instants); the reads
// select columns without the models and check them as domain values (`TrackerRowReading.swift`).

/// A row of `accounts`.
final class AccountRow: Model, @unchecked Sendable {
    static let schema = CreateAccounts.schema

    @ID(key: .id) var id: UUID?
    /// `Email.address`: already normalised, so the unique constraint compares like the domain does.
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(id: UUID, email: String, passwordHash: String, createdAt: Date) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// A row of `api_tokens`; the id is the token's hash.
final class TokenRow: Model, @unchecked Sendable {
    static let schema = CreateTokens.schema

    @ID(custom: "hash", generatedBy: .user) var id: String?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}

/// A row of `failed_logins`.
final class FailedLoginRow: Model, @unchecked Sendable {
    static let schema = CreateFailedLogins.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failed_at") var failedAt: Date

    init() {}

    init(key: String, failedAt: Date) {
        self.key = key
        self.failedAt = failedAt
    }
}

/// A row of `profiles`; the id is the account's.
final class ProfileRow: Model, @unchecked Sendable {
    static let schema = CreateProfiles.schema

    @ID(custom: "account_id", generatedBy: .user) var id: UUID?
    @Field(key: "profile_json") var profileJSON: String
    @Field(key: "saved_at") var savedAt: Date

    init() {}
}

/// A row of `routine_versions`.
final class RoutineVersionRow: Model, @unchecked Sendable {
    static let schema = CreateRoutineVersions.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "effective_from") var effectiveFrom: String
    @Field(key: "routine_json") var routineJSON: String

    init() {}
}

/// A row of `routine_days`.
final class RoutineDayRow: Model, @unchecked Sendable {
    static let schema = CreateRoutineDays.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "date") var date: String
    @Field(key: "done_json") var doneJSON: String

    init() {}
}

/// A row of `check_ins`.
final class CheckInRow: Model, @unchecked Sendable {
    static let schema = CreateCheckIns.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "date") var date: String
    @Field(key: "assessment_json") var assessmentJSON: String
    @Field(key: "notes") var notes: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
