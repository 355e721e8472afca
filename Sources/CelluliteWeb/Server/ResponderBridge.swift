import Foundation
import NIOCore
import NIOHTTP1
import Vapor

/// Hands each HTTP/1.1 request to the app's responder (the middleware and routes `configure`
/// built) and writes its response back, as Vapor's own server does, with three differences:
/// the body is collected here up to the route's limit (`SecuritySettings.maxBodyBytes(method:target:)`:
/// large for photo uploads only); a body over it is refused before it is
/// read (413, marked for `RequestLimitsMiddleware`) and the connection then closes; and it tells
/// `RequestTimeouts` where each request has got to.
final class ResponderBridge: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        case idle
        /// The body so far is in `body`, not here: the state switched on is a copy, and a buffer
        /// that copy shared was copied whole for every chunk in release builds (10 MB: 1 s).
        case receiving(HTTPRequestHead, limit: Int)
        /// The app is answering; anything more of this request's body is dropped.
        case responding(bodyEnded: Bool)
        case closing
    }

    private let application: Application
    private let responder: any Responder
    private let timeouts: RequestTimeouts
    private let limits: ConnectionLimits
    private let security: SecuritySettings
    private var state = State.idle
    private var body: ByteBuffer?
    private var isQuiescing = false

    init(application: Application, responder: any Responder, timeouts: RequestTimeouts, limits: ConnectionLimits) {
        self.application = application
        self.responder = responder
        self.timeouts = timeouts
        self.limits = limits
        security = application.webSecurity
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch (unwrapInboundIn(data), state) {
        case (.head(let head), .idle):
            timeouts.headReceived()
            let declared = head.headers.first(name: .contentLength).flatMap(Int.init)
            let limit = security.maxBodyBytes(method: head.method, target: head.uri)
            if let declared, declared > limit {
                dispatch(head, body: nil, overflow: limit, bodyEnded: false, context: context)
            } else {
                state = .receiving(head, limit: limit)
                // Clients that ask first (curl does above 1 KB) would otherwise wait a second.
                if head.headers.first(name: .expect)?.lowercased() == "100-continue" {
                    let proceed = HTTPResponseHead(version: head.version, status: .continue)
                    context.writeAndFlush(wrapOutboundOut(.head(proceed)), promise: nil)
                }
            }
        case (.body(var chunk), .receiving(let head, let limit)):
            if (body?.readableBytes ?? 0) + chunk.readableBytes > limit {
                body = nil
                dispatch(head, body: nil, overflow: limit, bodyEnded: false, context: context)
            } else if body == nil {
                body = chunk
            } else {
                body!.writeBuffer(&chunk)
            }
        case (.end, .receiving(let head, _)):
            timeouts.requestReceived()
            let received = body
            body = nil
            dispatch(head, body: received, overflow: nil, bodyEnded: true, context: context)
        case (.end, .responding):
            state = .responding(bodyEnded: true)
        case (.body, .responding), (.body, .closing), (.end, .closing):
            break  // the rest of a refused body
        default:
            // The pipelining handler delivers one request at a time; anything else is a bug.
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            isQuiescing = true
            if case .idle = state { context.close(promise: nil) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func dispatch(
        _ head: HTTPRequestHead, body: ByteBuffer?, overflow limit: Int?, bodyEnded: Bool,
        context: ChannelHandlerContext
    ) {
        let overflow = limit != nil
        state = .responding(bodyEnded: bodyEnded)
        // A refused body is not waited for, so its timeout no longer applies: left running, it
        // closed the connection before a slow answer (a loaded server) could say 413. The linger
        // after the answer bounds what the client may still send.
        if overflow { timeouts.requestReceived() }
        let request = Request(
            application: application, method: head.method, url: URI(path: head.uri), version: head.version,
            headersNoUpdate: head.headers, collectedBody: body, remoteAddress: context.channel.remoteAddress,
            logger: application.logger, byteBufferAllocator: context.channel.allocator, on: context.eventLoop)
        if let limit { request.storage[BodyOverflowKey.self] = limit }
        let keepAlive = head.isKeepAlive && !overflow
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        responder.respond(to: request)
            .flatMap { response in
                response.body.collect(on: request.eventLoop).map { (response, $0) }
            }
            .hop(to: context.eventLoop)
            .whenComplete { result in
                let (handler, context) = bound.value
                switch result {
                case .success(let (response, body)):
                    handler.write(response, body: body, for: head, keepAlive: keepAlive, context: context)
                case .failure(let error):
                    handler.application.logger.report(error: error)
                    handler.write(
                        Response(status: .internalServerError), body: nil, for: head, keepAlive: false, context: context
                    )
                }
            }
    }

    private func write(
        _ response: Response, body: ByteBuffer?, for request: HTTPRequestHead, keepAlive: Bool,
        context: ChannelHandlerContext
    ) {
        let keepAlive = keepAlive && !isQuiescing
        var headers = response.headers
        headers.remove(name: .transferEncoding)
        headers.remove(name: .connection)
        let hasBody =
            response.status != .noContent && response.status != .notModified
            && response.status.code >= 200
        if hasBody {
            headers.replaceOrAdd(name: .contentLength, value: String(body?.readableBytes ?? 0))
        } else {
            headers.remove(name: .contentLength)
        }
        if !keepAlive {
            headers.add(name: .connection, value: "close")
        } else if request.version.minor == 0 {
            headers.add(name: .connection, value: "keep-alive")
        }
        if !headers.contains(name: .date) { headers.add(name: .date, value: HTTPDate.now()) }
        context.write(
            wrapOutboundOut(
                .head(HTTPResponseHead(version: request.version, status: response.status, headers: headers))),
            promise: nil)
        if hasBody, request.method != .HEAD, let body, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            let (handler, context) = bound.value
            handler.responseWritten(keepAlive: keepAlive, context: context)
        }
    }

    private func responseWritten(keepAlive: Bool, context: ChannelHandlerContext) {
        guard case .responding(let bodyEnded) = state else { return }
        if keepAlive && bodyEnded {
            state = .idle
            timeouts.responseSent()
            return
        }
        state = .closing
        guard !bodyEnded else {
            context.close(promise: nil)
            return
        }
        // Part of the body is still coming: stop sending, read and drop for a moment so the
        // client sees the response rather than a reset, then close.
        context.close(mode: .output, promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: TimeAmount(limits.lingerTimeout)) {
            bound.value.close(promise: nil)
        }
    }
}

/// Set on a request whose body was over the limit and was not read; the value is the limit.
struct BodyOverflowKey: StorageKey {
    typealias Value = Int
}
