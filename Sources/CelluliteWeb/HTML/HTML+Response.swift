import Plot
import Vapor

extension HTML {
    /// The rendered page. Its security and cache headers come from `SecurityHeadersMiddleware`.
    func pageResponse(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
