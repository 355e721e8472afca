import ArgumentParser
import CelluliteStore
import CelluliteStoreFluent
import CelluliteWeb
import Foundation

/// `cellulite backup FILE`: the database, photos included, and the photo key in one archive.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write the accounts, check-ins, photos and the photo key to one archive.",
        discussion: """
            Consistent while serve is writing: it reads one snapshot of the database. The archive holds \
            the key that decrypts the photos, so keep it as safe as the data directory. An existing \
            FILE is replaced once the new archive is whole.
            """
    )

    @OptionGroup var location: DataLocation

    @Argument(help: "The archive to write.")
    var file: String

    func run() async throws {
        let settings = try location.database()
        if case .sqliteFile(let path) = settings, !FileManager.default.fileExists(atPath: path) {
            throw CLIError.badInput("there is no database to back up at \(path)")
        }
        let destination = URL(fileURLWithPath: file)
        let manifest = try await DataOperation.run("backup") {
            let dataKey = try ServerKey.existing(
                .data, environment: location.environment, dataDirectory: location.dataDirectory)
            return try await StandaloneDatabase.with(settings, logger: DataOperation.logger) { database, _ in
                guard try await StoreMigrations.pending(on: database).count < StoreMigrations.all.count else {
                    throw CLIError.badInput("\(settings.location) has no schema yet: nothing to back up")
                }
                return try await StoreBackup.write(
                    from: database, source: settings.kindName, dataKey: dataKey, to: destination, now: Date())
            }
        }
        let photos = manifest.tables["photos"] ?? 0
        if photos > 0 && !manifest.hasDataKey {
            CommandIO.err(
                "cellulite: warning: no photo key found (CELLULITE_DATA_KEY or data.key): the \(photos) photos in the archive cannot be decrypted without it"
            )
        }
        CommandIO.out("Backed up \(BackupSummary(manifest.tables)) to \(destination.path).")
    }
}

/// The counts people care about, in words.
struct BackupSummary: CustomStringConvertible {
    let tables: [String: Int]

    init(_ tables: [String: Int]) { self.tables = tables }

    var description: String {
        func count(_ table: String, _ noun: String) -> String {
            let value = tables[table] ?? 0
            return "\(value) \(noun)\(value == 1 ? "" : "s")"
        }
        return [count("accounts", "account"), count("check_ins", "check-in"), count("photos", "photo")]
            .joined(separator: ", ")
    }
}
