import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// Walks every route under /api/me as an anonymous visitor, as another account and as the owner:
/// only the owner ever sees the owner's rows; another account's id answers 404, like one that
/// does not exist, and nobody without a token gets past 401.
@Suite struct OwnershipWalkTests {
    static let ownerNote = "the owner's private note"

    @Test func onlyTheOwnerReachesTheOwnersRows() async throws {
        try await withTestApp { app in
            let owner = try await AccountAPITests.signUp(app, "owner@example.com").token
            let other = try await AccountAPITests.signUp(app, "other@example.com").token
            var checkInID = ""
            try await CheckInAPITests.send(
                app, .POST, "/api/me/checkins", token: owner,
                json: CheckInAPITests.selfRating(3, on: "2026-11-29", notes: Self.ownerNote)
            ) { checkInID = try $0.content.decode(CheckInAPITests.CheckInBody.self).id }
            try await CheckInAPITests.send(
                app, .PUT, "/api/me/profile", token: owner, json: #"{"age": 52, "areas": ["arms"]}"#
            ) { #expect($0.status == .ok) }
            var photoID = ""
            for date in ["2026-10-01", "2026-11-29"] {
                try await PhotoFixtures.upload(app, token: owner, file: try PhotoFixtures.phoneJPEG(), date: date) {
                    photoID = try $0.content.decode(PhotoAPITests.PhotoBody.self).id
                }
            }
            var comparisonID = ""
            try await CheckInAPITests.send(
                app, .POST, "/api/me/photo-comparisons", token: owner, json: #"{"view": "back-relaxed"}"#
            ) { comparisonID = try $0.content.decode(PhotoAPITests.Blinded.self).id }
            let ownerIDs = [checkInID, photoID, comparisonID]

            // Deleting the account last: the other account must live through the whole walk.
            let mine = app.routes.all.filter { $0.path.count > 1 && "\($0.path[0])/\($0.path[1])" == "api/me" }
            let deletesAccount = { (route: Route) in route.method == .DELETE && route.path.count == 2 }
            let routes = mine.filter { !deletesAccount($0) } + mine.filter(deletesAccount)
            #expect(routes.count >= 22)
            for route in routes {
                let path =
                    "/"
                    + route.path.map { component in
                        switch component.description {
                        case ":id" where route.path[2].description == "photos": photoID
                        case ":id" where route.path[2].description == "photo-comparisons": comparisonID
                        case ":id": checkInID
                        case ":side": "left"
                        case ":date": "2026-11-29"
                        default: component.description
                        }
                    }.joined(separator: "/")
                let body = Self.body(for: route.method, path: path)
                // Nobody without a token.
                try await CheckInAPITests.send(app, route.method, path, token: nil, json: body) { response in
                    #expect(response.status == .unauthorized, "\(route.method) \(path) anonymously")
                }
                // Another account: never the owner's data; the owner's check-in id is unknown to it.
                try await CheckInAPITests.send(app, route.method, path, token: other, json: body) { response in
                    let text = response.body.string
                    #expect(!text.contains(Self.ownerNote), "\(route.method) \(path) as another account")
                    #expect(!text.contains("owner@example.com"), "\(route.method) \(path) as another account")
                    if ownerIDs.contains(where: path.contains) {
                        #expect(response.status == .notFound, "\(route.method) \(path) as another account")
                    }
                }
            }
            // After the walk (the other account deleted itself on the way), the owner's rows are intact.
            try await CheckInAPITests.send(app, .GET, "/api/me/checkins/\(checkInID)", token: owner) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(Self.ownerNote))
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/profile", token: owner) {
                #expect($0.status == .ok)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/photos/\(photoID)", token: owner) {
                #expect($0.status == .ok)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/photo-comparisons/\(comparisonID)/left", token: owner) {
                #expect($0.status == .ok)
            }
        }
    }

    /// A valid body for each writing route, so a refusal is about who asks, not what was sent.
    static func body(for method: HTTPMethod, path: String) -> String? {
        switch (method, path) {
        case (.POST, "/api/me/checkins"),
            (.PUT, _) where path.hasPrefix("/api/me/checkins/"):
            CheckInAPITests.selfRating(0, on: "2026-11-29", notes: "someone else's")
        case (.PUT, "/api/me/profile"): #"{"age": 30}"#
        case (.POST, "/api/me/photo-comparisons"): #"{"view": "back-relaxed"}"#
        case (.POST, _) where path.hasSuffix("/choice"): #"{"smoother": "left"}"#
        case (.PUT, _) where path.hasPrefix("/api/me/routine/"): #"{"done": []}"#
        case (.PUT, "/api/me/password"):
            #"{"currentPassword": "\#(AccountAPITests.password)", "newPassword": "another long passphrase"}"#
        case (.DELETE, "/api/me"): #"{"password": "\#(AccountAPITests.password)"}"#
        default: nil
        }
    }
}
