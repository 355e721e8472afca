import Foundation
import Testing

/// The review's worst cases (security-review-2026-12 D1, D2) over a real socket: each is refused
/// with a 4xx at once, and /health keeps answering while they arrive.
@Suite(.timeLimit(.minutes(1))) struct HostileRequestTests {
    /// 19,000 repeats of `&q=a`: a 76 KB URL.
    static let repeatedKeyURL = "/api/ask?q=a" + String(repeating: "&q=a", count: 19_000)
    /// 512 nested arrays: 1 KB of JSON.
    static let deepJSON = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)

    static func get(_ target: String) -> String {
        "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    }

    static func postJSON(_ path: String, _ body: String) -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    @Test func worstCaseRequestsAreRefusedWhileHealthKeepsAnswering() async throws {
        try await withLiveServer { _, port in
            let clock = ContinuousClock()
            let started = clock.now
            // Eight hostile requests at once, as in the review, four of each kind.
            let hostile =
                [String](repeating: Self.get(Self.repeatedKeyURL), count: 4)
                + [String](repeating: Self.postJSON("/api/plan", Self.deepJSON), count: 4)
            async let statuses = withThrowingTaskGroup(of: Int.self) { group in
                for request in hostile {
                    group.addTask { try await rawRequest(port: port, request, timeout: 30).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            // Meanwhile /health, one request after another, each timed.
            var slowestHealth = Duration.zero
            for _ in 0..<10 {
                let asked = clock.now
                let health = try await rawRequest(port: port, Self.get("/health"), timeout: 30)
                #expect(health.status == 200)
                slowestHealth = max(slowestHealth, clock.now - asked)
            }
            let answered = try await statuses
            let elapsed = clock.now - started
            #expect(answered.count == hostile.count)
            #expect(answered.allSatisfy { (400..<500).contains($0) }, "statuses: \(answered)")
            // Generous bounds, as every other suite shares the two cores (CI once went past the
            // earlier 3 s and 10 s, a full local run on 3 December past 6 s): the old code stalled
            // /health for 27 s here (debug build) and answered the 76 KB URL with a 200 after 6 s.
            #expect(slowestHealth < .seconds(9), "slowest /health: \(slowestHealth)")
            #expect(elapsed < .seconds(20), "all requests took \(elapsed)")
        }
    }
}
