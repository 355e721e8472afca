import CelluliteWeb
import Vapor

/// Runs `body` with the app listening on a real loopback port, as `cellulite serve` runs it:
/// the server, its connection handling and the whole middleware stack, not the in-memory tester.
func withLiveServer(
    settings: WebSettings = .testing, _ body: (_ app: Application, _ port: Int) async throws -> Void
) async throws {
    try await withTestApp(settings: settings) { app in
        let port = try freeLoopbackPort()
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await body(app, port)
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }
}
