import CelluliteImaging
import NIOPosix
import Vapor

/// The threads that decode and re-encode photos: two, so a burst of uploads waits its turn
/// instead of holding a dozen decoded images in memory at once, and the event loops never decode.
final class PhotoDecoders: LifecycleHandler, Sendable {
    static let threads = 2
    private let pool: NIOThreadPool

    init(threads: Int = PhotoDecoders.threads) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    /// Runs `work` on one of the decoding threads, waiting for one to be free.
    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await pool.runIfActive(work)
    }

    func reencode(_ file: ByteBuffer, limits: ImagingLimits) async throws -> ReencodedPhoto {
        try await run { try PhotoReencoder.reencode(Array(file.readableBytesView), limits: limits) }
    }

    func shutdownAsync(_ application: Application) async {
        try? await shutdown()
    }

    func shutdown() async throws {
        try await pool.shutdownGracefully()
    }
}
