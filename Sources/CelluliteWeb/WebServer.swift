import CelluliteImaging
import Dispatch
import NIOConcurrencyHelpers
import Vapor

/// Runs the web app the way `cellulite serve` does, so the CLI needs no Vapor import. Serves
/// directly rather than through Vapor's own command line, which must never see our arguments.
public enum WebServer {
    /// Configures the app, starts listening, calls `ready` (so "listening" is only ever printed
    /// once it is true), then serves until SIGINT or SIGTERM.
    public static func run(settings: WebSettings, ready: @Sendable () -> Void) async throws {
        ImagingMemory.configureAllocator()
        let app = try await Application.make(Environment(name: "production", arguments: ["cellulite"]))
        do {
            try await configure(app, settings: settings)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname(settings.hostname, port: settings.port))
            ready()
            await TerminationSignal.wait()
            await app.server.shutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// Waits for Ctrl-C (SIGINT) or SIGTERM, as Vapor's own serve command does.
enum TerminationSignal {
    static func wait() async {
        let queue = DispatchQueue(label: "cellulite.serve.signals")
        let sources = NIOLockedValueBox<[any DispatchSourceSignal]>([])
        let resumed = NIOLockedValueBox(false)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            for code in [SIGINT, SIGTERM] {
                #if canImport(Darwin)
                    signal(code, SIG_IGN)  // Darwin delivers to dispatch only once the default action is off.
                #endif
                let source = DispatchSource.makeSignalSource(signal: code, queue: queue)
                source.setEventHandler {
                    let first = resumed.withLockedValue { done in
                        defer { done = true }
                        return !done
                    }
                    if first { continuation.resume() }
                }
                source.resume()
                sources.withLockedValue { $0.append(source) }
            }
        }
        sources.withLockedValue { list in list.forEach { $0.cancel() } }
    }
}
