import NIOConcurrencyHelpers
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOPosix
import Vapor

/// The app's HTTP/1.1 server. Vapor 4's own server has an idle timeout but no way to add channel
/// handlers, so it cannot cap connections, time out a slow head or body, or close after a
/// refused body. This one builds the same NIO pipeline with those handlers in it and hands every
/// request to the same responder (the middleware and routes `configure` set up).
final class BoundedHTTPServer: Server, Sendable {
    private struct Running {
        let channel: any Channel
        let quiesce: ServerQuiescingHelper
    }

    private unowned let application: Application
    private let limits: ConnectionLimits
    private let running = NIOLockedValueBox<Running?>(nil)
    let connections: OpenConnections

    init(application: Application, limits: ConnectionLimits) {
        self.application = application
        self.limits = limits
        connections = OpenConnections(limit: limits.maxConnections)
    }

    enum StartError: Error, CustomStringConvertible {
        case tlsNotServedHere
        var description: String {
            "this server speaks plain HTTP: terminate TLS at a proxy in front and pass --trust-proxy"
        }
    }

    var onShutdown: EventLoopFuture<Void> {
        running.withLockedValue { $0?.channel.closeFuture }
            ?? application.eventLoopGroup.any().makeSucceededVoidFuture()
    }

    func start(address: BindAddress?) async throws {
        let configuration = application.http.server.configuration
        // Serving plain HTTP where TLS was asked for would be worse than not starting.
        guard configuration.tlsConfiguration == nil else { throw StartError.tlsNotServedHere }
        let group = application.eventLoopGroup
        let quiesce = ServerQuiescingHelper(group: group)
        // Built once: `responder.current` makes a new router each time it is read.
        let responder = application.responder.current
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: Int32(configuration.backlog))
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.maxMessagesPerRead, value: configuration.connectionsPerServerTick)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelInitializer { [application, limits, connections, responder] channel in
                // Refusing here makes NIO close the socket before it is registered: no buffers, no
                // handlers. `admit` may instead close the longest-waiting idle one to make room.
                guard connections.admit(channel) else {
                    return channel.eventLoop.makeFailedFuture(OpenConnections.Full())
                }
                return channel.eventLoop.makeCompletedFuture {
                    try Self.addHandlers(
                        to: channel.pipeline.syncOperations, application: application, responder: responder,
                        limits: limits, connections: connections)
                }
            }
            // A TCP-level option: at the socket level its number is SO_DEBUG, which only root may set,
            // so every connection of a server run by anyone else was accepted and dropped.
            .childChannelOption(.tcpOption(.tcp_nodelay), value: configuration.tcpNoDelay ? 1 : 0)
            .childChannelOption(.maxMessagesPerRead, value: 1)

        let channel: any Channel
        switch address ?? .hostname(configuration.hostname, port: configuration.port) {
        case .hostname(let hostname, let port):
            channel = try await bootstrap.bind(
                host: hostname ?? configuration.hostname, port: port ?? configuration.port
            ).get()
        case .unixDomainSocket(let path):
            channel = try await bootstrap.bind(unixDomainSocketPath: path).get()
        }
        running.withLockedValue { $0 = Running(channel: channel, quiesce: quiesce) }
        application.logger.notice("Server started on \(channel.localAddress?.description ?? "?")")
    }

    private static func addHandlers(
        to pipeline: ChannelPipeline.SynchronousOperations, application: Application, responder: any Responder,
        limits: ConnectionLimits, connections: OpenConnections
    ) throws {
        let timeouts = RequestTimeouts(limits: limits, connections: connections)
        try pipeline.addHandler(timeouts)
        try pipeline.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: false)
        try pipeline.addHandler(ProtocolErrorResponder())
        try pipeline.addHandler(
            ResponderBridge(
                application: application, responder: responder, timeouts: timeouts, limits: limits))
        try pipeline.addHandler(NIOCloseOnErrorHandler())
    }

    func start(address: BindAddress?) throws {
        let done = application.eventLoopGroup.any().makePromise(of: Void.self)
        done.completeWithTask { try await self.start(address: address) }
        try done.futureResult.wait()
    }

    /// Stops accepting, lets requests in flight finish (up to Vapor's shutdown timeout), then
    /// closes every connection.
    func shutdown() async {
        guard
            let server = running.withLockedValue({ state in
                defer { state = nil }; return state
            })
        else { return }
        let done = server.channel.eventLoop.makePromise(of: Void.self)
        let timeout = application.http.server.configuration.shutdownTimeout
        let deadline = server.channel.eventLoop.scheduleTask(in: timeout) {
            done.fail(ChannelError.ioOnClosedChannel)
        }
        server.quiesce.initiateShutdown(promise: done)
        do {
            try await done.futureResult.get()
        } catch {
            application.logger.warning("Server stop took longer than \(timeout); connections were closed.")
        }
        deadline.cancel()
    }

    func shutdown() {
        let done = application.eventLoopGroup.any().makePromise(of: Void.self)
        done.completeWithTask { await self.shutdown() }
        try? done.futureResult.wait()
    }
}

extension Application {
    private struct BoundedServerKey: StorageKey {
        typealias Value = BoundedHTTPServer
    }

    /// The one server instance (`app.server` asks the factory every time). Whoever starts it
    /// shuts it down, as with Vapor's own server: a blocking shutdown here, run from the app's
    /// async shutdown, would hold a thread the shutdown itself needs.
    var boundedServer: BoundedHTTPServer {
        if let server = storage[BoundedServerKey.self] { return server }
        let server = BoundedHTTPServer(application: self, limits: webSecurity.connections)
        storage[BoundedServerKey.self] = server
        return server
    }
}
