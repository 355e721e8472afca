import NIOCore
import NIOHTTP1

/// Answers a request the HTTP parser could not read (malformed, or a head over the parser's
/// 80 KB) with 400 or 431 and the usual security headers, where NIO's own handler would send a
/// bare 400. It must answer at once: the decoder closes the connection as soon as this returns.
final class ProtocolErrorResponder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private var responseInProgress = false

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        // A response already begun cannot be replaced; the connection just closes.
        if !responseInProgress {
            let status: HTTPResponseStatus = parserError == .headerOverflow ? .requestHeaderFieldsTooLarge : .badRequest
            var headers = HTTPHeaders(SecurityHeaders.always)
            headers.add(name: "Cache-Control", value: CachePolicy.noStore.headerValue)
            headers.add(name: "Content-Length", value: "0")
            headers.add(name: "Connection", value: "close")
            context.write(
                wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
                promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        context.fireErrorCaught(error)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where !head.isInformational: responseInProgress = true
        case .end: responseInProgress = false
        default: break
        }
        context.write(data, promise: promise)
    }
}

extension HTTPResponseHead {
    fileprivate var isInformational: Bool { (100..<200).contains(status.code) && status.code != 101 }
}
