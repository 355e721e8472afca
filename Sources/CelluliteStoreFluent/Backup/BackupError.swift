/// Why a backup or a restore stopped. Every case leaves the target as it was: a restore either
/// writes every row or none.
public enum BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not one of our archives, damaged, or missing a part.
    case unreadableArchive(String)
    /// The database to restore into already holds rows.
    case targetHoldsData(table: String, rows: Int)
    /// Made by a newer version of the app: its schema has migrations this one does not know.
    case newerSchema(unknownMigrations: [String])
    /// The archive and the target disagree on the rows' count after the restore (a bug, not input).
    case countMismatch(table: String, archived: Int, restored: Int)

    /// Bad input (exit 2 at the command line), as opposed to a failure of the machine.
    public var isBadInput: Bool {
        switch self {
        case .unreadableArchive, .targetHoldsData, .newerSchema: true
        case .countMismatch: false
        }
    }

    public var description: String {
        switch self {
        case .unreadableArchive(let reason):
            "the archive cannot be read: \(reason)"
        case .targetHoldsData(let table, let rows):
            "the database already holds data (\(rows) rows in \(table)): restore only into an empty one"
        case .newerSchema(let unknown):
            "the archive was made by a newer version of Cellulite Advisor (unknown migrations: "
                + unknown.joined(separator: ", ") + ")"
        case .countMismatch(let table, let archived, let restored):
            "\(table): \(archived) rows archived but \(restored) restored"
        }
    }
}
