import Foundation

/// The server's keys: each from its environment variable (32 bytes, base64) when set, else from a
/// key file created on first start in the data directory, readable by its owner only, so what it
/// protects survives a restart. Several servers sharing one PostgreSQL must share the variable.
public enum ServerKey {
    /// Which key, and where it comes from.
    public struct Kind: Sendable {
        public let environmentVariable: String
        public let fileName: String

        /// Signs CSRF tokens.
        public static let signing = Kind(environmentVariable: "CELLULITE_SECRET_KEY", fileName: "secret.key")
        /// Encrypts photos at rest (ARCHITECTURE 3.7). Losing it loses every photo: back it up.
        public static let data = Kind(environmentVariable: "CELLULITE_DATA_KEY", fileName: "data.key")
    }

    public enum LoadError: Error, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self {
            case .invalid(let reason): reason
            }
        }
    }

    /// The key, created on first use when neither the variable nor the file holds one.
    public static func load(
        _ kind: Kind = .signing, environment: [String: String], dataDirectory: String
    ) throws -> Data {
        if let key = try existing(kind, environment: environment, dataDirectory: dataDirectory) { return key }
        let key = Data(SecureRandom.bytes(32))
        return try install(kind, key: key, dataDirectory: dataDirectory)
    }

    /// The key from the variable, else from the file; nil when neither holds one.
    public static func existing(
        _ kind: Kind, environment: [String: String], dataDirectory: String
    ) throws -> Data? {
        if let text = environment[kind.environmentVariable], !text.isEmpty {
            return try decode(text, source: kind.environmentVariable)
        }
        let url = fileURL(kind, dataDirectory: dataDirectory)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try decode(text, source: url.path)
    }

    /// Writes `key` as the kind's file unless one is there already, and returns the key the file
    /// holds then: `key`, or the one that got there first.
    @discardableResult
    public static func install(_ kind: Kind, key: Data, dataDirectory: String) throws -> Data {
        let url = fileURL(kind, dataDirectory: dataDirectory)
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        // Written aside, then linked into place: link fails when the file exists, so two servers
        // starting together on one directory end up with the one key that got there first.
        let aside = url.path + ".\(UUID().uuidString)"
        guard
            FileManager.default.createFile(
                atPath: aside, contents: Data((key.base64EncodedString() + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else { throw LoadError.invalid("cannot write the key file \(url.path)") }
        defer { unlink(aside) }
        if link(aside, url.path) != 0 {
            guard errno == EEXIST, let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw LoadError.invalid("cannot write the key file \(url.path)")
            }
            return try decode(text, source: url.path)
        }
        return key
    }

    public static func fileURL(_ kind: Kind, dataDirectory: String) -> URL {
        URL(fileURLWithPath: dataDirectory, isDirectory: true).appendingPathComponent(kind.fileName)
    }

    private static func decode(_ text: String, source: String) throws -> Data {
        guard let key = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), key.count == 32
        else { throw LoadError.invalid("\(source) must hold 32 bytes in base64") }
        return key
    }
}
