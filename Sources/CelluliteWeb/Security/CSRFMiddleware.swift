import Vapor

/// Rejects (403) any unsafe request outside /api whose cookie and submitted token do not agree,
/// and sets the cookie when a page handed out a new token.
struct CSRFMiddleware: AsyncMiddleware {
    let settings: SecuritySettings

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if CSRF.unsafeMethods.contains(request.method), !request.isAPI {
            let tokens = request.application.csrfTokens
            let held = request.cookies[CSRF.cookieName]?.string
            let given = try submittedToken(request)
            guard let held, let given, CSRFTokens.matches(given, held), tokens.isValid(held) else {
                throw RequestRejection.formExpired
            }
        }
        let response = try await next.respond(to: request)
        if request.storage[CSRFNewCookieKey.self] == true, let token = request.storage[CSRFTokenKey.self] {
            // Added as a header of its own: assigning through `response.cookies` parses every
            // Set-Cookie already there (a plan's last-plan cookie) and writes them all again.
            // Only this middleware sets this cookie, so there is none to replace.
            let cookie = HTTPCookies.Value(
                string: token, maxAge: Int(settings.csrfTokenLifetime.components.seconds), path: "/",
                isHTTPOnly: true, sameSite: .strict)
            response.headers.add(name: .setCookie, value: cookie.serialize(name: CSRF.cookieName))
        }
        return response
    }

    private func submittedToken(_ request: Request) throws -> String? {
        if let header = request.headers.first(name: CSRF.headerName) { return header }
        // A photo upload is a multipart form: its token is its first part (the form's first
        // field), read from the body's first bytes, so a 10 MB body is not parsed twice.
        if let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data" {
            return type.parameters["boundary"].flatMap { boundary in
                request.body.data.flatMap { MultipartToken.leading(in: $0, boundary: boundary) }
            }
        }
        guard request.headers.contentType == .urlEncodedForm else { return nil }
        return try request.formParameters(limits: settings.query).values(CSRF.fieldName).last
    }
}

/// The CSRF token as the first part of a multipart body, found in its first 4 KB.
enum MultipartToken {
    static func leading(in body: ByteBuffer, boundary: String) -> String? {
        // Bytes, not Characters: Swift counts "\r\n" as one Character.
        let head = Array(body.readableBytesView.prefix(4096))
        let opening = Array("--\(boundary)\r\n".utf8)
        let closing = Array("\r\n--\(boundary)".utf8)
        guard head.starts(with: opening) else { return nil }
        let part = head[opening.count...]
        guard let headersEnd = firstRange(of: Array("\r\n\r\n".utf8), in: part),
            let valueEnd = firstRange(of: closing, in: part[headersEnd.upperBound...])
        else { return nil }
        let headers = String(decoding: part[..<headersEnd.lowerBound], as: UTF8.self).lowercased()
        guard headers.contains("name=\"\(CSRF.fieldName.lowercased())\"") else { return nil }
        return String(decoding: part[headersEnd.upperBound..<valueEnd.lowerBound], as: UTF8.self)
    }

    private static func firstRange(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in bytes.startIndex...(bytes.endIndex - needle.count)
        where bytes[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}
