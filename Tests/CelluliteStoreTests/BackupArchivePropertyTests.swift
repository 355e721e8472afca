import Foundation
import PropertyBased
import Testing

@testable import CelluliteStoreFluent

/// The archive reader is a parser of untrusted files: whatever byte of a good archive is damaged,
/// it either refuses the archive as unreadable or reads exactly what was written, never something
/// in between (a damaged row taken for a good one), and never a crash or a hang (a damaged deflate
/// stream once made ZIPFoundation loop for ever: the time limit turns such a hang into a failure).
@Suite(.timeLimit(.minutes(1))) struct BackupArchivePropertyTests {
    @Test func aDamagedByteIsRefusedOrChangesNothingThatIsRead() async throws {
        let original = try await BackupRestoreTests.backupOfOneAccount(on: .sqlite)
        defer { try? FileManager.default.removeItem(at: original) }
        let bytes = try [UInt8](Data(contentsOf: original))
        let expected = try Self.contents(of: original)

        await propertyCheck(count: 300, input: Gen.int(in: 0...(bytes.count - 1)), Gen.uint8(in: 1...255)) {
            offset, mask in
            var damaged = bytes
            damaged[offset] ^= mask
            let file = BackupRestoreTests.temporaryFile()
            defer { try? FileManager.default.removeItem(at: file) }
            do {
                try Data(damaged).write(to: file)
                let read = try Self.contents(of: file)
                #expect(read == expected, "byte \(offset) ^ \(mask) changed what was read")
            } catch let error as BackupError {
                guard case .unreadableArchive = error else {
                    Issue.record("byte \(offset) ^ \(mask): \(error)")
                    return
                }
            } catch {
                Issue.record("byte \(offset) ^ \(mask): not a BackupError: \(error)")
            }
        }
    }

    /// The manifest, the key and every table's bytes, as a restore would read them.
    static func contents(of file: URL) throws -> [String: Data] {
        let backup = try OpenedBackup(reading: file)
        defer { backup.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // a dictionary's order is not its content
        var contents = ["manifest": try encoder.encode(backup.manifest), "key": backup.dataKey ?? Data()]
        for table in BackupTable.all {
            contents[table.name] = try Data(contentsOf: backup.tables.appendingPathComponent(table.name + ".jsonl"))
        }
        return contents
    }
}
