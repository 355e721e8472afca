import CelluliteStore
import Foundation
import Testing

@Suite struct DatabaseSettingsTests {
    @Test func noURLMeansASQLiteFileInTheDataDirectory() throws {
        #expect(
            try DatabaseSettings(databaseURL: nil, dataDirectory: "/tmp/x")
                == .sqliteFile(path: "/tmp/x/cellulite.sqlite"))
        #expect(
            try DatabaseSettings(databaseURL: "  ", dataDirectory: "/tmp/x")
                == .sqliteFile(path: "/tmp/x/cellulite.sqlite"))
    }

    @Test(arguments: ["postgres://u:p@localhost:5432/db", "postgresql://localhost/db"])
    func postgresURLs(url: String) throws {
        let settings = try DatabaseSettings(databaseURL: url)
        #expect(settings == .postgres(url: url))
        #expect(settings.location == "PostgreSQL (DATABASE_URL)")
        #expect(!settings.location.contains("p@"))
    }

    @Test func sqliteURLsAndMemory() throws {
        #expect(
            try DatabaseSettings(databaseURL: "sqlite:///var/lib/c.sqlite") == .sqliteFile(path: "/var/lib/c.sqlite"))
        #expect(try DatabaseSettings(databaseURL: ":memory:") == .sqliteMemory)
        #expect(try DatabaseSettings(databaseURL: "sqlite::memory:") == .sqliteMemory)
    }

    @Test(arguments: ["mysql://localhost/db", "sqlite://", "just-a-path"])
    func otherURLsAreRejected(url: String) {
        #expect(throws: DatabaseSettingsError.self) { try DatabaseSettings(databaseURL: url) }
    }

    @Test func environmentIsRead() throws {
        let settings = try DatabaseSettings.fromEnvironment(["DATABASE_URL": "postgres://h/db"], dataDirectory: "d")
        #expect(settings == .postgres(url: "postgres://h/db"))
    }

    @Test func prepareStorageCreatesTheDataDirectory() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cellulite-\(UUID().uuidString)/nested", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let settings = try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path)
        try settings.prepareStorage()
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }
}
