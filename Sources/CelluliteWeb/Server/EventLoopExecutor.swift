import NIOCore
import NIOPosix

extension WebServer {
    /// Runs Swift Concurrency's jobs on the server's own event loops (NIO's singleton group, which
    /// the app serves on) instead of a second pool of threads. Every async handler, async
    /// middleware and database reply otherwise crosses between the two pools, a thread switch each
    /// time; on two cores that was a large part of a database-backed request.
    ///
    /// Only for `serve`, and only from the main thread before any other async work, as NIO asks:
    /// work that blocks a thread (bcrypt, photo decoding) already runs on the thread pool, and the
    /// server never waits on a future from async code.
    @discardableResult
    public static func runConcurrencyOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
