import CelluliteStore
import FluentKit
import FluentSQL
import Foundation

/// `SessionStore` on the app's database: the `_fluent_sessions` table with its expiry column.
///
/// Every page request reads its session, so each operation is one SQL statement that decodes the
/// columns it needs by name, without Fluent's model decoding (which reflects over every row).
public struct FluentSessionStore: SessionStore {
    private let handles: DatabaseHandles

    /// `database` is asked for a handle on each use; nil once the app is shutting down, which a
    /// purge still scheduled at that moment must survive. Reads and writes both use it.
    public init(database: @escaping @Sendable () -> (any Database)?) {
        handles = DatabaseHandles(reader: database, writer: database)
    }

    /// Reads from `handles.reader`, writes to `handles.writer` (one connection on SQLite).
    public init(_ handles: DatabaseHandles) {
        self.handles = handles
    }

    private var sql: any SQLDatabase {
        get throws { try DatabaseHandles.open(handles.reader).sql }
    }

    private var writerSQL: any SQLDatabase {
        get throws { try DatabaseHandles.open(handles.writer).sql }
    }

    private static let table = CreateSessions.schema

    /// Refused for a key that is taken (the column is unique).
    public func create(key: String, data: [String: String], expiresAt: Date) async throws {
        try await writerSQL.raw(
            """
            INSERT INTO \(ident: Self.table) ("id", "key", "data", "expires_at")
            VALUES (\(bind: UUID()), \(bind: key), \(bind: data), \(bind: expiresAt))
            """
        ).run()
    }

    /// Binds: the key, now. Run on every page view with a session cookie.
    private static let readData = SerializedStatement(
        """
        SELECT "data" FROM \(ident: table) WHERE "key" = \(bind: "") AND "expires_at" > \(bind: "")
        """)

    public func read(key: String, now: Date) async throws -> [String: String]? {
        try await Self.readData.query(key, now, on: try sql).first().map {
            try $0.decode(column: "data", as: [String: String].self)
        }
    }

    /// The session's row takes the new data and expiry; a key with no row (purged meanwhile) gets
    /// one. One statement, so two requests of one session cannot both insert.
    public func update(key: String, data: [String: String], expiresAt: Date) async throws {
        try await writerSQL.raw(
            """
            INSERT INTO \(ident: Self.table) ("id", "key", "data", "expires_at")
            VALUES (\(bind: UUID()), \(bind: key), \(bind: data), \(bind: expiresAt))
            ON CONFLICT ("key") DO UPDATE SET "data" = EXCLUDED."data", "expires_at" = EXCLUDED."expires_at"
            """
        ).run()
    }

    public func delete(key: String) async throws {
        try await writerSQL.raw("DELETE FROM \(ident: Self.table) WHERE \"key\" = \(bind: key)").run()
    }

    /// Rows from before sessions expired have no expiry and go too.
    public func purgeExpired(now: Date) async throws -> Int {
        try await writerSQL.raw(
            """
            DELETE FROM \(ident: Self.table) WHERE "expires_at" <= \(bind: now) OR "expires_at" IS NULL
            RETURNING "id"
            """
        ).all().count
    }

    public func count() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS \"count\" FROM \(ident: Self.table)").first()?
            .decode(column: "count", as: Int.self) ?? 0
    }
}
