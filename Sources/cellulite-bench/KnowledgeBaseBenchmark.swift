import CelluliteKit
import Foundation

/// Time to load and validate the knowledge base, against only reading and parsing its JSON files.
enum KnowledgeBaseBenchmark {
    static func run() throws {
        let directory = KnowledgeBaseLoader.bundledDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        let rounds = 30
        var sink = 0
        let loadTime = try Stopwatch.measure(iterations: rounds) {
            sink &+= try KnowledgeBaseLoader.load(from: directory).treatments.count
        }
        let parseTime = try Stopwatch.measure(iterations: rounds) {
            for file in files {
                let data = try Data(contentsOf: directory.appendingPathComponent(file))
                sink &+= (try JSONSerialization.jsonObject(with: data) as? [Any])?.count ?? 1
            }
        }
        print("knowledge base (\(files.count) files, \(rounds) rounds, sink \(sink % 10))")
        print("  load + decode + validate: \(Stopwatch.format(loadTime))")
        print("  baseline, read + parse JSON only: \(Stopwatch.format(parseTime))")
        print(String(format: "  load / parse ratio: %.2f", loadTime / parseTime))
    }
}
