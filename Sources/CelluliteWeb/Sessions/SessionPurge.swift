import CelluliteStore
import CelluliteStoreFluent
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Deletes expired sessions every `interval` while the app runs: a lifecycle handler, so it starts
/// with the app (serve and tests alike) and stops with it.
final class SessionPurge: LifecycleHandler, Sendable {
    let store: any SessionStore
    let clock: any WallClock
    let interval: Duration
    private let task = NIOLockedValueBox<RepeatedTask?>(nil)

    init(store: any SessionStore, clock: any WallClock, interval: Duration) {
        self.store = store
        self.clock = clock
        self.interval = interval
    }

    /// One purge now; the number of sessions deleted.
    @discardableResult
    func run() async throws -> Int {
        try await store.purgeExpired(now: clock.now())
    }

    func didBoot(_ application: Application) throws {
        let logger = application.logger
        let loop = application.eventLoopGroup.any()
        let repeated = loop.scheduleRepeatedAsyncTask(
            initialDelay: TimeAmount(interval), delay: TimeAmount(interval)
        ) { [self] _ in
            loop.makeFutureWithTask {
                do {
                    let deleted = try await self.run()
                    if deleted > 0 { logger.info("Purged \(deleted) expired sessions") }
                } catch {
                    logger.warning("Purging expired sessions failed: \(String(describing: error))")
                }
            }
        }
        task.withLockedValue { $0 = repeated }
    }

    func shutdown(_ application: Application) {
        task.withLockedValue {
            $0?.cancel(); $0 = nil
        }
    }
}
