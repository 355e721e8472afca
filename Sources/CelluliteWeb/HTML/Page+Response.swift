import CelluliteViews
import Vapor

extension Page {
    /// The rendered page. Its security and cache headers come from `SecurityHeadersMiddleware`.
    func pageResponse(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        var buffer = ByteBufferAllocator().buffer(capacity: byteCount)
        write { buffer.writeBytes($0) }
        return Response(status: status, headers: headers, body: .init(buffer: buffer))
    }
}
