import CelluliteStore
import FluentKit
import FluentSQLiteDriver

/// Where the stores get a database handle, asked anew on each use (nil once the app is shutting
/// down): reads from the pool of the event loop they run on, writes from `writer`.
///
/// SQLite takes one writer at a time. With a connection per event loop, two writes at once met
/// in SQLite's lock, and the loser slept and retried on SQLite's back-off (1, 2, 5 … 100 ms), so
/// under 32 writing clients one check-in in a hundred took a quarter to half a second. Here every
/// SQLite write goes to one connection of its own (a second registration of the same file,
/// used on one event loop only), whose pool queues writers in arrival order; reads keep their
/// connections, which in write-ahead logging never wait for a writer. PostgreSQL locks rows, not
/// the database, so there both come from the same pools.
public struct DatabaseHandles: Sendable {
    public let reader: @Sendable () -> (any Database)?
    public let writer: @Sendable () -> (any Database)?

    /// The handle `handle` gives, or `SessionStoreClosed` once the app is shutting down.
    static func open(_ handle: () -> (any Database)?) throws -> any Database {
        guard let database = handle() else { throw SessionStoreClosed() }
        return database
    }

    /// The writer connection's registration, beside `DatabaseSettings.databaseID`.
    static let sqliteWriterID = DatabaseID(string: "sqlite-writer")

    /// Registers what `on(…)` needs beyond `DatabaseSettings.register(in:)`.
    public static func register(_ settings: DatabaseSettings, in databases: Databases) {
        guard case .sqliteFile(let path) = settings else { return }
        databases.use(.sqlite(.file(path)), as: sqliteWriterID, isDefault: false)
    }

    /// Handles on `databases`, registered by `DatabaseSettings.register(in:)` and `register(_:in:)`.
    public static func on(
        _ databases: Databases, settings: DatabaseSettings, group: any EventLoopGroup, logger: Logger
    ) -> DatabaseHandles {
        let reader: @Sendable () -> (any Database)? = { databases.database(logger: logger, on: group.any()) }
        guard case .sqliteFile = settings else { return DatabaseHandles(reader: reader, writer: reader) }
        // Always the first loop, so the same pool (one connection) takes every write.
        var loops = group.makeIterator()
        let writerLoop = loops.next() ?? group.next()
        return DatabaseHandles(
            reader: reader,
            writer: { databases.database(sqliteWriterID, logger: logger, on: writerLoop) })
    }
}
