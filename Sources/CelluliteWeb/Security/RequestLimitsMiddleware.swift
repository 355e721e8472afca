import Vapor

/// Refuses what is expensive or ambiguous by construction before anything reads it: a body over
/// the limit, an over-long address, a control character in the path, a query with too many or
/// too often repeated parameters. The query is parsed here, once, for every later reader.
struct RequestLimitsMiddleware: AsyncMiddleware {
    let settings: SecuritySettings

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Marked by the server when it refused to read the body; checked here too for bodies that
        // arrive whole (the in-memory tester).
        let limit = settings.maxBodyBytes(method: request.method, target: request.url.string)
        if let refused = request.storage[BodyOverflowKey.self] { throw RequestRejection.bodyTooLarge(limit: refused) }
        if (request.body.data?.readableBytes ?? 0) > limit { throw RequestRejection.bodyTooLarge(limit: limit) }
        guard request.url.string.utf8.count <= settings.maxURLBytes else {
            throw RequestRejection.uriTooLong(limit: settings.maxURLBytes)
        }
        guard let path = request.url.path.removingPercentEncoding else { throw RequestRejection.badPercentEncoding }
        // NUL, CR, LF, ESC and the rest: they forge log lines and fool file-type guesses (D5, D10).
        guard !path.unicodeScalars.contains(where: LogSafe.isControl) else {
            throw RequestRejection.controlCharacterInPath
        }
        do {
            request.storage[ParsedQueryKey.self] = try QueryParameters(
                encoded: request.url.query, limits: settings.query)
        } catch {
            throw error.rejection
        }
        return try await next.respond(to: request)
    }
}

struct ParsedQueryKey: StorageKey {
    typealias Value = QueryParameters
}

extension Request {
    /// The query string, parsed once by `RequestLimitsMiddleware`.
    var queryParameters: QueryParameters {
        storage[ParsedQueryKey.self] ?? QueryParameters()
    }
}
