import Foundation
import Vapor

/// Static files for GET and HEAD only, with their cache policy, through Vapor's FileMiddleware.
/// A Range header is dropped: the files are small and the review found `bytes=-0` got an invalid
/// 206 (D17).
struct StaticFiles: AsyncMiddleware {
    let files: FileMiddleware
    let paths: Set<String>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = String(request.url.path.drop { $0 == "/" })
        guard paths.contains(path) else { return try await next.respond(to: request) }
        request.headers.remove(name: .range)
        request.storage[CachePolicy.StaticFileKey.self] = .staticFile
        return try await files.respond(to: request, chainingTo: next)
    }

    /// The bundled Public directory the files are served from.
    static func publicDirectory() throws -> URL {
        guard let resources = Bundle.module.resourceURL else { throw ConfigurationError.noBundledResources }
        return resources.appendingPathComponent("Public")
    }

    /// Every file under `directory`, relative to it ("css/app.css").
    static func list(in directory: URL) -> [String] {
        let base = directory.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).compactMap { url in
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return nil }
            let full = url.standardizedFileURL.path
            return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : nil
        }.sorted()
    }
}
