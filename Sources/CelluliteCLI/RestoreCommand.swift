import ArgumentParser
import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Foundation

/// `cellulite restore FILE`: a backup into an empty data directory or database.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup into an empty data directory or database.",
        discussion: """
            Refuses a database that holds any account or record, and a photo key (CELLULITE_DATA_KEY or \
            data.key) other than the archive's, since the photos could not be read with it. When \
            neither is set, the archive's key is written to data.key in --data-dir. The archive is \
            checked whole before anything is written, and the rows go in as one transaction: a \
            restore that fails leaves the database empty. Sign-in sessions are not restored.
            """
    )

    @OptionGroup var location: DataLocation

    @Argument(help: "The archive to read.")
    var file: String

    func run() async throws {
        let settings = try location.database()
        let restored = try await DataOperation.run("restore") {
            let backup = try OpenedBackup(reading: URL(fileURLWithPath: file))
            defer { backup.close() }
            let installedKey = try installKey(of: backup)
            do {
                return try await StandaloneDatabase.with(settings, logger: DataOperation.logger) { database, migrator in
                    _ = try await StoreMigrations.applyPending(
                        migrator, settings: settings, logger: DataOperation.logger)
                    return try await StoreRestore.restore(backup, into: database)
                }
            } catch {
                if let installedKey { try? FileManager.default.removeItem(at: installedKey) }
                throw error
            }
        }
        CommandIO.out("Restored \(BackupSummary(restored)) into \(settings.location).")
    }

    /// Checks the photo key before a row is written, and installs the archive's when there is none.
    /// Returns the key file it created, to remove again if the restore fails.
    private func installKey(of backup: OpenedBackup) throws -> URL? {
        let current = try ServerKey.existing(
            .data, environment: location.environment, dataDirectory: location.dataDirectory)
        guard let archived = backup.dataKey else {
            let photos = backup.manifest.tables["photos"] ?? 0
            if photos > 0 && current == nil {
                CommandIO.err("cellulite: warning: the archive holds \(photos) photos but no key to decrypt them")
            }
            return nil
        }
        if let current {
            guard current == archived else {
                throw CLIError.badInput(
                    "the photo key here (CELLULITE_DATA_KEY or data.key) is not the archive's: its photos could not be read"
                )
            }
            return nil
        }
        let installed = try ServerKey.install(.data, key: archived, dataDirectory: location.dataDirectory)
        guard installed == archived else {
            throw CLIError.badInput("another photo key appeared in \(location.dataDirectory) meanwhile")
        }
        return ServerKey.fileURL(.data, dataDirectory: location.dataDirectory)
    }
}
