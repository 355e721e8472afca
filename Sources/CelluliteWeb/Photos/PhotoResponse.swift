import Vapor

/// A photo's bytes as a response. `Cache-Control: private, no-store` comes from the route's cache
/// policy and `nosniff` from the security headers, as on every response.
enum PhotoResponse {
    static func jpeg(_ bytes: [UInt8]) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .jpeg
        headers.contentDisposition = .init(.inline)
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }
}
