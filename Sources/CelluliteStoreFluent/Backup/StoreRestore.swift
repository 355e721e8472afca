import FluentKit
import Foundation

/// `cellulite restore`: an opened archive's rows into a migrated, empty database.
public enum StoreRestore {
    /// Writes every row of `backup` into `database` in one transaction, so a restore that stops
    /// half-way leaves the database as empty as it found it. Refuses a database that holds rows.
    /// Returns the rows restored per table.
    public static func restore(_ backup: OpenedBackup, into database: any Database) async throws -> [String: Int] {
        try await database.transaction { transaction in
            for table in BackupTable.all {
                let rows = try await table.count(transaction)
                guard rows == 0 else { throw BackupError.targetHoldsData(table: table.name, rows: rows) }
            }
            var restored: [String: Int] = [:]
            for table in BackupTable.all {
                let archived = backup.manifest.tables[table.name] ?? 0
                let written = try await load(table, from: backup, into: transaction)
                guard written == archived else {
                    throw BackupError.unreadableArchive(
                        "\(table.name) holds \(written) rows where its manifest says \(archived)")
                }
                let counted = try await table.count(transaction)
                guard counted == archived else {
                    throw BackupError.countMismatch(table: table.name, archived: archived, restored: counted)
                }
                restored[table.name] = counted
            }
            return restored
        }
    }

    private static func load(
        _ table: BackupTable, from backup: OpenedBackup, into database: any Database
    ) async throws -> Int {
        var reader = try backup.lines(of: table)
        defer { reader.close() }
        var batch: [Data] = []
        var written = 0
        while let line = try reader.next() {
            batch.append(line)
            if batch.count == table.batchSize {
                try await table.load(database, batch)
                written += batch.count
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty {
            try await table.load(database, batch)
            written += batch.count
        }
        return written
    }
}
