import NIOConcurrencyHelpers
import Vapor

/// Catalogue pages (home, treatments, products, sources, about) depend only on the knowledge base,
/// which does not change while the server runs, so each address is rendered once and then served
/// from memory. Bounded, so made-up query strings cannot grow it without end: once full, new
/// addresses are rendered each time. Only complete pages (200) are kept.
final class RenderedPageCache: Sendable {
    private let pages = NIOLockedValueBox<[String: ByteBuffer]>([:])
    private let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The page at `request`'s address, rendered by `render` the first time it is asked for.
    func page(for request: Request, render: () -> Response) -> Response {
        let address = request.url.string
        if let body = pages.withLockedValue({ $0[address] }) {
            return Self.htmlResponse(body)
        }
        let response = render()
        if response.status == .ok, let body = response.body.buffer {
            pages.withLockedValue { pages in
                if pages.count < capacity { pages[address] = body }
            }
        }
        return response
    }

    /// How many addresses are kept, for tests.
    var count: Int { pages.withLockedValue(\.count) }

    private static func htmlResponse(_ body: ByteBuffer) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }
}
