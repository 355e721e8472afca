import Foundation

/// A private directory for a backup's or a restore's working files, removed when done; readable by
/// its owner only, as the rows are health data.
struct TemporaryDirectory {
    let url: URL

    /// In `parent`: a backup works beside its archive, so the finished one is renamed into place
    /// rather than copied across file systems.
    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        url = parent.appendingPathComponent(".cellulite-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
