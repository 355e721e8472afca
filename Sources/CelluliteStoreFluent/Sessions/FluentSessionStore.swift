import CelluliteStore
import FluentKit
import Foundation

/// `SessionStore` on the app's database: the `_fluent_sessions` table with its expiry column.
public struct FluentSessionStore: SessionStore {
    private let makeDatabase: @Sendable () -> (any Database)?

    /// `database` is asked for a handle on each use; nil once the app is shutting down, which a
    /// purge still scheduled at that moment must survive.
    public init(database: @escaping @Sendable () -> (any Database)?) {
        makeDatabase = database
    }

    private var database: any Database {
        get throws {
            guard let database = makeDatabase() else { throw SessionStoreClosed() }
            return database
        }
    }

    public func create(key: String, data: [String: String], expiresAt: Date) async throws {
        try await SessionRow(key: key, data: data, expiresAt: expiresAt).create(on: try database)
    }

    public func read(key: String, now: Date) async throws -> [String: String]? {
        try await SessionRow.query(on: try database).filter(\.$key == key).filter(\.$expiresAt > now).first()?.data
    }

    public func update(key: String, data: [String: String], expiresAt: Date) async throws {
        if let row = try await SessionRow.query(on: try database).filter(\.$key == key).first() {
            row.data = data
            row.expiresAt = expiresAt
            try await row.update(on: try database)
        } else {
            try await create(key: key, data: data, expiresAt: expiresAt)
        }
    }

    public func delete(key: String) async throws {
        try await SessionRow.query(on: try database).filter(\.$key == key).delete()
    }

    public func purgeExpired(now: Date) async throws -> Int {
        let expired = SessionRow.query(on: try database).group(.or) { group in
            group.filter(\.$expiresAt <= now).filter(\.$expiresAt == nil)
        }
        let count = try await expired.count()
        try await expired.delete()
        return count
    }

    public func count() async throws -> Int {
        try await SessionRow.query(on: try database).count()
    }
}

/// One row of `_fluent_sessions`: the same shape Vapor's Fluent sessions use, plus the expiry.
final class SessionRow: Model, @unchecked Sendable {
    static let schema = CreateSessions.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "data") var data: [String: String]
    @OptionalField(key: "expires_at") var expiresAt: Date?

    init() {}

    init(key: String, data: [String: String], expiresAt: Date) {
        self.key = key
        self.data = data
        self.expiresAt = expiresAt
    }
}
