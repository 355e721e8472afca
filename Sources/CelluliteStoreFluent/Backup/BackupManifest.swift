import Foundation

/// `manifest.json`, the first thing a restore reads: what the archive is and what it holds.
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let formatName = "cellulite-advisor-backup"
    public static let currentVersion = 1
    public static let entryName = "manifest.json"
    static let dataKeyEntryName = "data.key"

    public var format: String
    public var version: Int
    public var createdAt: Date
    /// "SQLite" or "PostgreSQL": where it was taken from. A restore may go to either.
    public var source: String
    /// The schema's migrations when it was taken, in order.
    public var migrations: [String]
    /// Rows per table, checked against what the restore wrote.
    public var tables: [String: Int]
    /// Whether the photo key is in the archive (`data.key`).
    public var hasDataKey: Bool

    static func entryName(ofTable table: String) -> String { "tables/\(table).jsonl" }
}
