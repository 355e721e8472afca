import CelluliteStore
import FluentPostgresDriver
import Logging
import NIOPosix

/// Makes migrations one-at-a-time across processes. On PostgreSQL, a session advisory lock held
/// on a connection of its own (not one of the pool's, which the migrations need): a second server
/// waits there until the first has migrated, then finds nothing left to do. The lock ends with its
/// connection, so a process killed mid-migration never leaves it held. A SQLite file has a single
/// writer by nature, and its migrations' DDL is transactional.
enum MigrationLock {
    /// "cellulit" in ASCII: any fixed number, the same in every process of this app.
    static let key: Int64 = 0x6365_6c6c_756c_6974

    static func holding<T: Sendable>(
        for settings: DatabaseSettings, logger: Logger, _ body: () async throws -> T
    ) async throws -> T {
        guard case .postgres(let url) = settings else { return try await body() }
        let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0, logger: logger
        ).get()
        do {
            _ = try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            let result = try await body()
            _ = try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
