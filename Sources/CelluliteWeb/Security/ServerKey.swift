import Foundation

/// The server's signing key (for CSRF tokens): `CELLULITE_SECRET_KEY` (32 bytes, base64) when
/// set, else a key file created on first start in the data directory, readable by its owner only,
/// so tokens survive a restart.
public enum ServerKey {
    public static let environmentVariable = "CELLULITE_SECRET_KEY"
    public static let fileName = "secret.key"

    public enum LoadError: Error, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self {
            case .invalid(let reason): reason
            }
        }
    }

    public static func load(environment: [String: String], dataDirectory: String) throws -> Data {
        if let text = environment[environmentVariable], !text.isEmpty {
            return try decode(text, source: environmentVariable)
        }
        let url = URL(fileURLWithPath: dataDirectory, isDirectory: true).appendingPathComponent(fileName)
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            return try decode(text, source: url.path)
        }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        guard
            FileManager.default.createFile(
                atPath: url.path, contents: Data((key.base64EncodedString() + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else { throw LoadError.invalid("cannot write the key file \(url.path)") }
        return key
    }

    private static func decode(_ text: String, source: String) throws -> Data {
        guard let key = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), key.count == 32
        else { throw LoadError.invalid("\(source) must hold 32 bytes in base64") }
        return key
    }
}
