import NIOConcurrencyHelpers
import Vapor

/// Which methods each known address answers: the registered routes and the static files (GET
/// only; HEAD follows GET everywhere, as in Vapor's router).
final class RouteTable: @unchecked Sendable {
    // Immutable once built; TrieRouter's lookups only read.
    private let router: TrieRouter<[String]>

    init(routes: [Route], staticFiles: [String], caseInsensitive: Bool) {
        router = TrieRouter(options: caseInsensitive ? [.caseInsensitive] : [])
        var methods: [String: (path: [PathComponent], methods: Set<String>)] = [:]
        for route in routes {
            let key = route.path.map(\.description).joined(separator: "/")
            methods[key, default: (route.path, [])].methods.insert(route.method.rawValue)
        }
        for file in staticFiles {
            let path = file.split(separator: "/").map { PathComponent.constant(String($0)) }
            methods[file, default: (path, [])].methods.insert(HTTPMethod.GET.rawValue)
        }
        for (_, entry) in methods {
            var allowed = entry.methods
            if allowed.contains(HTTPMethod.GET.rawValue) { allowed.insert(HTTPMethod.HEAD.rawValue) }
            // A fixed first component, as Vapor's router puts the method first: "/" has no components.
            router.register(allowed.sorted(), at: [.constant(Self.root)] + entry.path)
        }
    }

    /// The methods `path` answers, or nil when nothing lives there.
    func methods(for path: String) -> [String]? {
        var parameters = Parameters()
        return router.route(path: [Self.root] + path.split(separator: "/").map(String.init), parameters: &parameters)
    }

    private static let root = "/"
}

/// The route table, built on first use and again whenever routes were added since (tests add
/// their own after `configure`).
final class RouteTableCache: Sendable {
    private let routes: Routes
    private let staticFiles: [String]
    private let built = NIOLockedValueBox<(count: Int, table: RouteTable)?>(nil)

    init(routes: Routes, staticFiles: [String]) {
        self.routes = routes
        self.staticFiles = staticFiles
    }

    @Sendable func current() -> RouteTable {
        let all = routes.all
        return built.withLockedValue { built in
            if let built, built.count == all.count { return built.table }
            let table = RouteTable(routes: all, staticFiles: staticFiles, caseInsensitive: routes.caseInsensitive)
            built = (all.count, table)
            return table
        }
    }
}
