import Foundation
import ZIPFoundation

/// An archive read whole and checked before anything is written: the manifest understood, the
/// key decoded, every table extracted with its checksum verified into a private directory. A
/// damaged archive fails here, with the target untouched.
public struct OpenedBackup: Sendable {
    public let manifest: BackupManifest
    /// The photo key, when the archive holds one.
    public let dataKey: Data?
    let tables: URL
    private let work: TemporaryDirectory

    public init(reading url: URL) throws(BackupError) {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadableArchive("\(url.path) is not a zip archive (\(error))")
        }
        let manifest = try Self.manifest(in: archive)
        let known = StoreMigrations.all.map(\.name)
        let unknown = manifest.migrations.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw .newerSchema(unknownMigrations: unknown) }
        let tableNames = Set(BackupTable.all.map(\.name))
        if let extra = manifest.tables.keys.sorted().first(where: { !tableNames.contains($0) }) {
            throw .unreadableArchive("it holds a table this version does not know: \(extra)")
        }

        self.manifest = manifest
        dataKey = manifest.hasDataKey ? try Self.dataKey(in: archive) : nil
        do {
            work = try TemporaryDirectory()
        } catch {
            throw .unreadableArchive("no room to unpack it: \(error)")
        }
        tables = work.url
        for table in BackupTable.all {
            let name = BackupManifest.entryName(ofTable: table.name)
            guard let entry = archive[name] else {
                work.remove()
                throw .unreadableArchive("\(name) is missing")
            }
            do {
                try Self.extractChecked(entry) {
                    try archive.extract($0, to: tables.appendingPathComponent(table.name + ".jsonl"))
                }
            } catch {
                work.remove()
                throw .unreadableArchive("\(name) is damaged (\(error))")
            }
        }
    }

    /// Removes the unpacked tables.
    public func close() { work.remove() }

    func lines(of table: BackupTable) throws -> JSONLinesReader {
        try JSONLinesReader(url: tables.appendingPathComponent(table.name + ".jsonl"))
    }

    private static func manifest(in archive: Archive) throws(BackupError) -> BackupManifest {
        let data = try contents(of: BackupManifest.entryName, in: archive)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(BackupManifest.self, from: data),
            manifest.format == BackupManifest.formatName
        else { throw .unreadableArchive("\(BackupManifest.entryName) is not a Cellulite Advisor backup's") }
        guard manifest.version <= BackupManifest.currentVersion else {
            throw .unreadableArchive("its format (version \(manifest.version)) is newer than this version reads")
        }
        return manifest
    }

    private static func dataKey(in archive: Archive) throws(BackupError) -> Data {
        let text = String(decoding: try contents(of: BackupManifest.dataKeyEntryName, in: archive), as: UTF8.self)
        guard let key = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), key.count == 32
        else { throw .unreadableArchive("\(BackupManifest.dataKeyEntryName) does not hold a 32-byte key") }
        return key
    }

    /// Reads `entry` with `extract` and checks its CRC, which ZIPFoundation returns without comparing.
    /// A backup's entries are plain stored files; anything else is damage, refused before it is read:
    /// a damaged deflate stream made ZIPFoundation's inflate loop for ever, and a damaged type could
    /// make extraction create a symbolic link.
    private static func extractChecked(_ entry: Entry, _ extract: (Entry) throws -> CRC32) throws {
        guard entry.type == .file, !entry.isCompressed else { throw Archive.ArchiveError.invalidCompressionMethod }
        guard try extract(entry) == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
    }

    private static func contents(of name: String, in archive: Archive) throws(BackupError) -> Data {
        guard let entry = archive[name] else { throw .unreadableArchive("\(name) is missing") }
        var data = Data()
        do {
            try extractChecked(entry) { try archive.extract($0) { data.append($0) } }
        } catch {
            throw .unreadableArchive("\(name) is damaged (\(error))")
        }
        return data
    }
}
