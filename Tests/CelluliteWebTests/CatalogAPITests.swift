import CelluliteKit
import Testing
import Vapor
import VaporTesting

@Suite struct CatalogAPITests {
    /// The knowledge base the app serves: configure loads the same bundled one.
    let kb: KnowledgeBase

    init() throws {
        kb = try KnowledgeBaseLoader.bundled()
    }

    @Test func listsEveryTreatment() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/treatments") { response in
                #expect(response.status == .ok)
                let ids = response.json["treatments"]?.arrayValue.compactMap { $0["id"]?.stringValue } ?? []
                #expect(ids == kb.treatments.map(\.id))
                #expect(Set(ContractTreatmentIDs.all).isSubset(of: ids))
                try await expectConforms(response.json, to: "TreatmentList", in: app)
            }
        }
    }

    @Test(arguments: [
        "setting=home", "setting=in-office", "mechanism=camouflage", "evidence=B", "setting=home&evidence=C",
    ])
    func filtersMatchTheKnowledgeBase(query: String) async throws {
        try await withTestApp { app in
            let pairs = Dictionary(
                uniqueKeysWithValues: query.split(separator: "&").map {
                    let parts = $0.split(separator: "=")
                    return (String(parts[0]), String(parts[1]))
                })
            let expected = kb.treatments.filter { treatment in
                (pairs["setting"].map { treatment.setting.rawValue == $0 } ?? true)
                    && (pairs["mechanism"].map { treatment.mechanisms.map(\.rawValue).contains($0) } ?? true)
                    && (pairs["evidence"].map { treatment.evidence.sort.rawValue == $0 } ?? true)
            }.map(\.id)
            try await app.testing().test(.GET, "/api/treatments?\(query)") { response in
                #expect(response.status == .ok)
                let ids = response.json["treatments"]?.arrayValue.compactMap { $0["id"]?.stringValue } ?? []
                #expect(ids == expected)
            }
        }
    }

    @Test func camouflageIncludesSelfTanner() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/treatments?mechanism=camouflage") { response in
                let ids = response.json["treatments"]?.arrayValue.compactMap { $0["id"]?.stringValue } ?? []
                #expect(ids.contains("self-tanner"))
            }
        }
    }

    @Test(arguments: [("setting=spa", "setting"), ("mechanism=magic", "mechanism"), ("evidence=Z", "evidence")])
    func unknownFilterValuesAre400(query: String, field: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/treatments?\(query)") { response in
                expectProblem(response, .badRequest, field: field)
            }
        }
    }

    @Test func oneTreatmentWithItsSources() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/treatments/cellfina") { response in
                #expect(response.status == .ok)
                #expect(response.json["treatment"]?["id"]?.stringValue == "cellfina")
                let cited = Set(response.json["treatment"]?["citations"]?.arrayValue.compactMap(\.stringValue) ?? [])
                let sources = Set(response.json["sources"]?.arrayValue.compactMap { $0["id"]?.stringValue } ?? [])
                #expect(!sources.isEmpty)
                #expect(sources == cited)
                try await expectConforms(response.json, to: "TreatmentDetail", in: app)
            }
        }
    }

    @Test func everyTreatmentDetailMatchesTheDocument() async throws {
        try await withTestApp { app in
            for treatment in kb.treatments {
                try await app.testing().test(.GET, "/api/treatments/\(treatment.id)") { response in
                    #expect(response.status == .ok)
                    try await expectConforms(response.json, to: "TreatmentDetail", in: app)
                }
            }
        }
    }

    @Test func unknownSlugIs404Problem() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/treatments/snake-oil") { response in
                expectProblem(response, .notFound)
                #expect(response.json["detail"]?.stringValue?.contains("snake-oil") == true)
            }
        }
    }

    @Test func listsProductsAndFiltersByActive() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/products") { response in
                #expect(response.status == .ok)
                #expect(response.json["products"]?.arrayValue.count == kb.products.count)
                try await expectConforms(response.json, to: "ProductList", in: app)
            }
            try await app.testing().test(.GET, "/api/products?active=Caffeine") { response in
                #expect(response.status == .ok)
                let products = response.json["products"]?.arrayValue ?? []
                #expect(products.count == kb.products(withActive: "caffeine").count)
                for product in products {
                    #expect(product["actives"]?.arrayValue.contains(.string("caffeine")) == true)
                }
            }
            try await app.testing().test(.GET, "/api/products?active=unobtainium") { response in
                #expect(response.status == .ok)
                #expect(response.json["products"]?.arrayValue.isEmpty == true)
            }
        }
    }
}
