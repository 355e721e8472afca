import CelluliteWeb
import Foundation
import Testing

/// The keys a server starts with: from the environment, else a file it creates once, readable by
/// its owner only, which later starts (and servers starting at the same moment) all read.
@Suite struct ServerKeyTests {
    static func directory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("server-key-\(UUID())").path
    }

    @Test func aKeyFileIsCreatedOnceOwnerOnlyAndReadAfterwards() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try ServerKey.load(.data, environment: [:], dataDirectory: directory)
        #expect(first.count == 32)
        #expect(try ServerKey.load(.data, environment: [:], dataDirectory: directory) == first)
        let path = directory + "/" + ServerKey.Kind.data.fileName
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // The signing key is another key in another file; nothing is left beside them.
        #expect(try ServerKey.load(.signing, environment: [:], dataDirectory: directory) != first)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory)) == ["data.key", "secret.key"])
    }

    @Test func theEnvironmentWinsAndABadValueIsRefused() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let key = Data((0..<32).map { UInt8($0) })
        let environment = ["CELLULITE_DATA_KEY": key.base64EncodedString()]
        #expect(try ServerKey.load(.data, environment: environment, dataDirectory: directory) == key)
        #expect(!FileManager.default.fileExists(atPath: directory))
        #expect(throws: ServerKey.LoadError.self) {
            try ServerKey.load(.data, environment: ["CELLULITE_DATA_KEY": "c2hvcnQ="], dataDirectory: directory)
        }
    }

    /// Two servers first started together on one directory must not encrypt with two keys.
    @Test func serversStartingTogetherGetTheSameKey() async throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let keys = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try await onThread { try ServerKey.load(.data, environment: [:], dataDirectory: directory) }
                }
            }
            return try await group.reduce(into: Set<Data>()) { $0.insert($1) }
        }
        #expect(keys.count == 1)
    }
}
