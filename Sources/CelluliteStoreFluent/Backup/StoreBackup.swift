import FluentKit
import FluentSQL
import Foundation
import ZIPFoundation

/// `cellulite backup`: every table of `BackupTable.all` and the photo key in one zip archive.
public enum StoreBackup {
    /// Writes the archive to `destination`, read from one snapshot of the database (a repeatable-read
    /// transaction on PostgreSQL; a read transaction on SQLite, whose write-ahead log lets the
    /// server go on writing meanwhile). The archive appears under its name only once it is whole,
    /// readable by its owner only, since it holds the key to the photos.
    public static func write(
        from database: any Database, source: String, dataKey: Data?, to destination: URL, now: Date
    ) async throws -> BackupManifest {
        let fileManager = FileManager.default
        let work = try TemporaryDirectory(in: destination.deletingLastPathComponent())
        defer { work.remove() }

        let migrations = try await StoreMigrations.appliedInOrder(on: database)
        let tables = try await database.transaction { transaction in
            try await beginSnapshot(transaction)
            var counts: [String: Int] = [:]
            for table in BackupTable.all {
                let url = work.url.appendingPathComponent(table.name + ".jsonl")
                guard fileManager.createFile(atPath: url.path, contents: nil) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                }
                let handle = try FileHandle(forWritingTo: url)
                defer { try? handle.close() }
                counts[table.name] = try await table.dump(transaction) { lines in
                    for line in lines { try handle.write(contentsOf: line + [0x0A]) }
                }
            }
            return counts
        }

        let manifest = BackupManifest(
            format: BackupManifest.formatName, version: BackupManifest.currentVersion, createdAt: now,
            source: source, migrations: migrations, tables: tables, hasDataKey: dataKey != nil)
        let partial = work.url.appendingPathComponent("archive.zip")
        let archive = try Archive(url: partial, accessMode: .create)
        try add(try encoder.encode(manifest), as: BackupManifest.entryName, to: archive)
        if let dataKey {
            try add(Data((dataKey.base64EncodedString() + "\n").utf8), as: BackupManifest.dataKeyEntryName, to: archive)
        }
        // Stored, not deflated: ZIPFoundation's inflate loops for ever on a damaged deflate stream
        // that runs to the end of the file, so the reader accepts stored entries only.
        for table in BackupTable.all {
            let url = work.url.appendingPathComponent(table.name + ".jsonl")
            try archive.addEntry(
                with: BackupManifest.entryName(ofTable: table.name), fileURL: url, compressionMethod: .none)
        }
        try fileManager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial.path)
        // rename(2) replaces an older backup of the same name in one step.
        guard rename(partial.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
        return manifest
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// PostgreSQL's default isolation gives each statement its own snapshot; a backup needs one
    /// for the whole transaction, so rows added between two tables' reads cannot half-appear.
    private static func beginSnapshot(_ database: any Database) async throws {
        let sql = try database.sql
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
    }

    private static func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
