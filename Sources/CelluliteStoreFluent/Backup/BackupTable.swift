import FluentKit
import Foundation

/// One table of a backup: its rows as JSON lines (each row its model's own Codable form, instants
/// as exact doubles), read in id order a batch at a time so a table of photos never sits in memory
/// whole, and written back in batches.
struct BackupTable: Sendable {
    let name: String
    let count: @Sendable (any Database) async throws -> Int
    /// Hands `write` each batch of encoded rows, in id order; returns how many rows there were.
    let dump: @Sendable (any Database, _ write: ([Data]) throws -> Void) async throws -> Int
    /// Inserts encoded rows; throws `BackupError.unreadableArchive` for a line that is not a row.
    let load: @Sendable (any Database, [Data]) async throws -> Void
    /// Rows per batch: fewer for the photo renditions, which are large.
    let batchSize: Int

    /// Everything a person's data is made of, in the order foreign keys allow. Sessions and failed
    /// log-ins are left out: both are short-lived, and a restored site asks people to sign in again.
    /// Bearer tokens are kept, so apps that hold one keep working.
    static let all: [BackupTable] = [
        of(AccountRow.self), of(TokenRow.self), of(ProfileRow.self), of(RoutineVersionRow.self),
        of(RoutineDayRow.self), of(CheckInRow.self), of(PhotoRow.self), of(PhotoImageRow.self, batchSize: 8),
        of(PhotoComparisonRow.self),
    ]

    static func of<Row: Model>(_ type: Row.Type, batchSize: Int = 500) -> BackupTable {
        BackupTable(
            name: Row.schema,
            count: { database in try await Row.query(on: database).count() },
            dump: { database, write in
                let encoder = JSONEncoder()
                var after: Row.IDValue?
                var total = 0
                while true {
                    let query = Row.query(on: database).sort(\._$id).limit(batchSize)
                    if let after { query.filter(\._$id > after) }
                    let rows = try await query.all()
                    try write(try rows.map { try encoder.encode($0) })
                    total += rows.count
                    guard rows.count == batchSize, let last = rows.last?.id else { return total }
                    after = last
                }
            },
            load: { database, lines in
                let decoder = JSONDecoder()
                let rows = try lines.map { line in
                    do {
                        return try decoder.decode(Row.self, from: line)
                    } catch {
                        throw BackupError.unreadableArchive("a row of \(Row.schema) does not read: \(error)")
                    }
                }
                try await rows.create(on: database)
            },
            batchSize: batchSize)
    }
}
