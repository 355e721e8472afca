import Foundation

/// Wall-clock timing for benchmarks (never used in tests).
enum Stopwatch {
    /// Runs `body` `iterations` times and returns the mean seconds per iteration.
    static func measure(iterations: Int, _ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        return Double(elapsed) / 1e9 / Double(iterations)
    }

    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        return String(format: "%.2f ms", seconds * 1e3)
    }
}
