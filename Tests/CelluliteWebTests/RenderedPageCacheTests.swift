import Testing
import Vapor
import VaporTesting

@testable import CelluliteWeb

/// Catalogue pages come from memory after their first rendering, and the memory stays bounded.
@Suite struct RenderedPageCacheTests {
    @Test func aCataloguePageIsRenderedOnceAndServedTheSameAfterwards() async throws {
        try await withApp(configure: { _ in }) { app in
            let cache = RenderedPageCache(capacity: 8)
            var renders = 0
            func page(_ address: String, status: HTTPStatus = .ok) -> (HTTPStatus, String) {
                let request = Request(application: app, url: URI(string: address), on: app.eventLoopGroup.any())
                let response = cache.page(for: request) {
                    renders += 1
                    var headers = HTTPHeaders()
                    headers.contentType = .html
                    return Response(
                        status: status, headers: headers, body: .init(string: "page \(address) #\(renders)"))
                }
                #expect(response.headers.contentType == .html)
                return (response.status, response.body.string ?? "")
            }
            #expect(page("/treatments/cellfina").1 == "page /treatments/cellfina #1")
            #expect(page("/treatments/cellfina").1 == "page /treatments/cellfina #1")
            // Another query is another address.
            #expect(page("/treatments?setting=home").1 == "page /treatments?setting=home #2")
            // Error pages are not kept: a mistyped address renders every time.
            #expect(page("/treatments/nope", status: .notFound) == (.notFound, "page /treatments/nope #3"))
            #expect(page("/treatments/nope", status: .notFound) == (.notFound, "page /treatments/nope #4"))
            #expect(cache.count == 2)
        }
    }

    @Test func onceFullNewAddressesAreRenderedEachTime() async throws {
        try await withApp(configure: { _ in }) { app in
            let cache = RenderedPageCache(capacity: 2)
            var renders = 0
            for address in ["/a", "/b", "/c", "/c", "/a"] {
                let request = Request(application: app, url: URI(string: address), on: app.eventLoopGroup.any())
                let body = cache.page(for: request) {
                    renders += 1
                    return Response(body: .init(string: address))
                }.body.string
                #expect(body == address)
            }
            #expect(renders == 4)
            #expect(cache.count == 2)
        }
    }

    @Test func theAppServesEachTreatmentPageIdenticallyTwice() async throws {
        try await withTestApp { app in
            var first = ""
            try await app.testing().test(.GET, "/treatments/cellfina") { first = $0.body.string }
            try await app.testing().test(.GET, "/treatments/cellfina") { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType == .html)
                #expect(response.headers.first(name: .contentSecurityPolicy) != nil)
                #expect(response.body.string == first)
            }
            #expect(first.contains("<h1"))
        }
    }
}
