import Foundation

/// A problem found while loading or linting the knowledge base: one line each.
public struct LintProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

public enum KnowledgeBaseError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid([LintProblem])

    public var problems: [LintProblem] {
        switch self {
        case .invalid(let problems): problems
        }
    }

    public var description: String {
        "knowledge base is invalid:\n" + problems.map(\.description).joined(separator: "\n")
    }
}

/// Reads the knowledge-base files from a directory and validates them.
public enum KnowledgeBaseLoader {
    public static let fileNames = (
        meta: "meta.json", treatments: "treatments.json", citations: "citations.json",
        products: "products.json", safetyRules: "safety-rules.json", faq: "faq.json"
    )

    /// The bundled knowledge base, loaded once per process.
    public static func bundled() throws(KnowledgeBaseError) -> KnowledgeBase {
        try cachedBundled.get()
    }

    private static let cachedBundled: Result<KnowledgeBase, KnowledgeBaseError> = {
        do throws(KnowledgeBaseError) {
            return .success(try load(from: bundledDirectory))
        } catch {
            return .failure(error)
        }
    }()

    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("knowledge", isDirectory: true)
    }

    /// Loads every file, collecting all problems before failing so a lint run reports them together.
    public static func load(from directory: URL) throws(KnowledgeBaseError) -> KnowledgeBase {
        var problems: [LintProblem] = []
        let meta: KnowledgeMeta? = decodeObject(fileNames.meta, in: directory, problems: &problems)
        let treatments: [Treatment] = decodeArray(fileNames.treatments, in: directory, problems: &problems)
        let citations: [Citation] = decodeArray(fileNames.citations, in: directory, problems: &problems)
        let products: [Product] = decodeArray(fileNames.products, in: directory, problems: &problems)
        let rules: [SafetyRule] = decodeArray(fileNames.safetyRules, in: directory, problems: &problems)
        let faq: [FAQEntry] = decodeArray(fileNames.faq, in: directory, problems: &problems)
        guard let meta else { throw .invalid(problems) }
        let base = KnowledgeBase(
            meta: meta, treatments: treatments, citations: citations, products: products,
            safetyRules: rules, faq: faq)
        problems += KnowledgeBaseValidator.problems(in: base)
        guard problems.isEmpty else { throw .invalid(problems) }
        return base
    }

    private static func readData(_ name: String, in directory: URL, problems: inout [LintProblem]) -> Data? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else {
            problems.append(LintProblem(file: name, message: "file is missing or unreadable"))
            return nil
        }
        return data
    }

    private static func parse(_ data: Data, _ name: String, problems: inout [LintProblem]) -> Any? {
        do {
            return try JSONSerialization.jsonObject(with: data)
        } catch {
            problems.append(LintProblem(file: name, message: "not valid JSON"))
            return nil
        }
    }

    private static func decodeObject<T: Decodable>(
        _ name: String, in directory: URL, problems: inout [LintProblem]
    ) -> T? {
        guard let data = readData(name, in: directory, problems: &problems) else { return nil }
        if let value = try? JSONDecoder().decode(T.self, from: data) { return value }
        guard let json = parse(data, name, problems: &problems) else { return nil }
        return decodeElement(json, label: "top level", file: name, problems: &problems)
    }

    /// Decodes the whole file at once; only when that fails, element by element, so one broken
    /// entry is reported by its id and the rest still load.
    private static func decodeArray<T: Decodable>(
        _ name: String, in directory: URL, problems: inout [LintProblem]
    ) -> [T] {
        guard let data = readData(name, in: directory, problems: &problems) else { return [] }
        if let values = try? JSONDecoder().decode([T].self, from: data) { return values }
        guard let json = parse(data, name, problems: &problems) else { return [] }
        guard let array = json as? [Any] else {
            problems.append(LintProblem(file: name, message: "expected a JSON array"))
            return []
        }
        return array.enumerated().compactMap { index, element in
            let id = (element as? [String: Any])?["id"] as? String
            let label = id.map { "entry \(index) (\($0))" } ?? "entry \(index)"
            return decodeElement(element, label: label, file: name, problems: &problems)
        }
    }

    private static func decodeElement<T: Decodable>(
        _ json: Any, label: String, file: String, problems: inout [LintProblem]
    ) -> T? {
        do {
            let data = try JSONSerialization.data(withJSONObject: json)
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            problems.append(LintProblem(file: file, message: "\(label): \(describe(error))"))
        } catch {
            problems.append(LintProblem(file: file, message: "\(label): \(error)"))
        }
        return nil
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ extra: CodingKey? = nil) -> String {
            let keys = context.codingPath + (extra.map { [$0] } ?? [])
            return keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(path(context, key))'"
        case .valueNotFound(_, let context):
            return "'\(path(context))' is null"
        case .typeMismatch(_, let context):
            return "'\(path(context))' has the wrong type"
        case .dataCorrupted(let context):
            return "'\(path(context))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
