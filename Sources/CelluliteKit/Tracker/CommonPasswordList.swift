import Foundation

/// Published common passwords of 12 or more characters (the shorter ones fail the length rule
/// anyway), lowercased: `Resources/passwords/common-passwords.txt`, made by
/// `scripts/make-common-passwords` from zxcvbn's and Django's lists (provenance in its header).
/// A list this short cannot be the whole defence; `PasswordPolicy` adds structural rules.
public struct CommonPasswordList: Sendable {
    public let entries: Set<String>

    public init(entries: some Sequence<String>) {
        self.entries = Set(entries.map { $0.lowercased() })
    }

    /// One password a line; blank lines and lines starting with "# " are skipped.
    public init(text: String) {
        self.init(
            entries: text.split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.isEmpty && !$0.hasPrefix("# ") })
    }

    /// Case-insensitive, as the list is lowercased.
    public func contains(_ password: String) -> Bool { entries.contains(password.lowercased()) }

    public static let bundledFileName = "common-passwords.txt"

    /// The bundled list, read once per process.
    public static func bundled() throws(CommonPasswordListError) -> CommonPasswordList {
        try cachedBundled.get()
    }

    private static let cachedBundled: Result<CommonPasswordList, CommonPasswordListError> = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("passwords/\(bundledFileName)")
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else { return .failure(.unreadable(url.path)) }
        let list = CommonPasswordList(text: text)
        // An empty list would silently accept every common password.
        guard !list.entries.isEmpty else { return .failure(.empty(url.path)) }
        return .success(list)
    }()
}

public enum CommonPasswordListError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(String)
    case empty(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "the common-password list at \(path) cannot be read as UTF-8"
        case .empty(let path): "the common-password list at \(path) has no entries"
        }
    }
}
