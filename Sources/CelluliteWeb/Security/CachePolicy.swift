import Vapor

/// Whether a response may be kept by the browser or a shared cache. Nothing is cached unless its
/// route says so: pages and answers built from what someone typed stay out of every cache.
enum CachePolicy: Sendable, Hashable {
    case noStore
    /// One person's own data (photos): no cache may keep it, the browser's included.
    case privateNoStore
    /// The same for everyone (the catalogue, static files): cacheable for `seconds`.
    case shared(seconds: Int)

    /// Catalogue pages and their JSON: change only with a new knowledge base.
    static let catalogue = CachePolicy.shared(seconds: 300)
    static let staticFile = CachePolicy.shared(seconds: 3600)

    var headerValue: String {
        switch self {
        case .noStore: "no-store"
        case .privateNoStore: "private, no-store"
        case .shared(let seconds): "public, max-age=\(seconds)"
        }
    }

    /// Errors and redirects echo the request, so they are never stored; otherwise the route's own
    /// policy (or the static files'), else no-store.
    static func of(_ request: Request, _ response: Response) -> CachePolicy {
        guard (200..<300).contains(response.status.code) else { return .noStore }
        return request.storage[StaticFileKey.self] ?? request.route?.userInfo[userInfoKey] as? CachePolicy ?? .noStore
    }

    static var userInfoKey: AnySendableHashable { "cellulite.cachePolicy" }

    struct StaticFileKey: StorageKey {
        typealias Value = CachePolicy
    }
}

extension Route {
    /// Marks the route's successful responses as cacheable by `policy`.
    @discardableResult
    func cached(_ policy: CachePolicy) -> Route {
        userInfo[CachePolicy.userInfoKey] = policy
        return self
    }
}
