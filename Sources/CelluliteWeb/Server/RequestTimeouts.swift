import NIOCore

/// Closes a connection that takes too long over any part of a request: the head (from the first
/// byte, or from accepting the connection), the body, or the pause before the next request. It
/// sits in front of the HTTP decoder, so it sees every byte arrive; `ResponderBridge` tells it
/// where in the request the connection is.
final class RequestTimeouts: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private enum Phase {
        /// Between requests: nothing of the next one has arrived yet.
        case idle
        /// Bytes of a request have arrived but not yet its whole head.
        case head
        case body
        /// The request is whole; the app is answering. The app's own time is not limited here.
        case responding

        /// No whole request head yet: such a connection may make room for a newcomer.
        var isWaiting: Bool {
            switch self {
            case .idle, .head: true
            case .body, .responding: false
            }
        }
    }

    private let limits: ConnectionLimits
    private let connections: OpenConnections
    private var phase = Phase.head
    private var deadline: Scheduled<Void>?
    private var context: ChannelHandlerContext?

    init(limits: ConnectionLimits, connections: OpenConnections) {
        self.limits = limits
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { enter(.head, limit: limits.headerTimeout) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        enter(.head, limit: limits.headerTimeout)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .idle = phase { enter(.head, limit: limits.headerTimeout) }
        context.fireChannelRead(data)
    }

    // MARK: Told by the bridge

    func headReceived() { enter(.body, limit: limits.bodyTimeout) }

    func requestReceived() { enter(.responding, limit: nil) }

    func responseSent() { enter(.idle, limit: limits.idleTimeout) }

    private func enter(_ next: Phase, limit: Duration?) {
        deadline?.cancel()
        if next.isWaiting != phase.isWaiting, let channel = context?.channel {
            connections.setWaiting(channel, next.isWaiting)
        }
        phase = next
        guard let limit, let context else {
            deadline = nil
            return
        }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: TimeAmount(limit)) {
            bound.value.close(promise: nil)
        }
    }
}
