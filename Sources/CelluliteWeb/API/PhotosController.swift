import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// Progress photos and blinded comparisons (ARCHITECTURE 3.7). Images are served only here, to
/// their owner, `Cache-Control: private, no-store`; another account's id answers 404.
///
/// | route                                          | success                                     |
/// |------------------------------------------------|---------------------------------------------|
/// | POST /api/me/photos (multipart)                | 201 the photo                               |
/// | GET /api/me/photos                             | 200 {photos}, oldest first                  |
/// | GET /api/me/photos/{id} (?size=thumb)          | 200 image/jpeg                              |
/// | DELETE /api/me/photos/{id}                     | 204                                         |
/// | POST /api/me/photo-comparisons                 | 201 {id, left, right}: image URLs, no dates |
/// | GET /api/me/photo-comparisons                  | 200 {comparisons}: the answered ones        |
/// | GET /api/me/photo-comparisons/{id}/{side}      | 200 image/jpeg of that side                 |
/// | POST /api/me/photo-comparisons/{id}/choice     | 200 the dates, revealed                     |
///
/// A comparison's sides are served under the comparison's own address, not the photo's, so its
/// URLs do not name the photos (whose dates the list shows): the blinding holds.
struct PhotosController: RouteCollection {
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped(BearerAuthMiddleware(services: services)).grouped("me")
        me.post("photos", use: upload)
        me.get("photos", use: list)
        me.get("photos", ":id", use: image).cached(.privateNoStore)
        me.delete("photos", ":id", use: delete)
        me.post("photo-comparisons", use: compare)
        me.get("photo-comparisons", use: comparisons)
        me.get("photo-comparisons", ":id", ":side", use: sideImage).cached(.privateNoStore)
        me.post("photo-comparisons", ":id", "choice", use: choose)
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        let upload = try await PhotoUploadForm.decode(request, on: services.photos.decoders)
        let photo = try await services.photos.accept(
            upload, of: try request.authenticated.account, today: services.latestToday())
        return try JSONResponse.make(photo, status: .created)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try JSONResponse.make(["photos": try await services.store.photos(of: try request.authenticated.account)])
    }

    @Sendable func image(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let size = try Self.size(request)
        guard let id = request.parameters.get("id").flatMap(Photo.ID.init(uuidString:)),
            let bytes = try await services.photos.image(id, size: size, of: account)
        else { throw Self.photoNotFound }
        return PhotoResponse.jpeg(bytes)
    }

    @Sendable func delete(_ request: Request) async throws -> HTTPStatus {
        let account = try request.authenticated.account
        guard let id = request.parameters.get("id").flatMap(Photo.ID.init(uuidString:)),
            try await services.store.deletePhoto(id, of: account)
        else { throw Self.photoNotFound }
        return .noContent
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        var body = try JSONBody(request, fields: ["view"])
        let view = body.reader.choice("view", PhotoView.self, required: true)
        try body.finish()
        guard let view else { throw APIError.invalidFields(body.errors) }
        let comparison = try await services.photos.startComparison(of: view, for: account)
        let base = "/api/me/photo-comparisons/\(comparison.id)"
        return try JSONResponse.make(
            ["id": comparison.id.uuidString, "left": "\(base)/left", "right": "\(base)/right"], status: .created)
    }

    @Sendable func comparisons(_ request: Request) async throws -> Response {
        let all = try await services.store.comparisons(of: try request.authenticated.account)
        return try JSONResponse.make(["comparisons": all.filter { $0.choice != nil }])
    }

    @Sendable func sideImage(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let size = try Self.size(request)
        let comparison = try await owned(request)
        guard
            let bytes = try await services.photos.image(
                side: request.parameters.get("side"), of: comparison, size: size, account: account)
        else { throw APIError.notFound("No such side, or its photo was deleted.") }
        return PhotoResponse.jpeg(bytes)
    }

    @Sendable func choose(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let comparison = try await owned(request)
        var body = try JSONBody(request, fields: ["smoother"])
        let smoother = body.reader.choice("smoother", PhotoComparison.Smoother.self, required: true)
        try body.finish()
        guard let smoother else { throw APIError.invalidFields(body.errors) }
        let chosen = try await services.photos.record(smoother, in: comparison, of: account)
        return try JSONResponse.make(RevealedComparison(chosen))
    }

    /// `size` is absent (the full image) or `thumb`.
    private static func size(_ request: Request) throws -> PhotoSize {
        switch request.queryParameters.values("size").last {
        case nil: return .full
        case "thumb": return .thumbnail
        default: throw APIError.invalidParameter(name: "size", message: "must be thumb, or absent for the full image")
        }
    }

    private static let photoNotFound = APIError.notFound("No photo with this id.")
    private static let comparisonNotFound = APIError.notFound("No comparison with this id.")

    private func owned(_ request: Request) async throws -> PhotoComparison {
        let account = try request.authenticated.account
        guard let id = request.parameters.get("id").flatMap(PhotoComparison.ID.init(uuidString:)),
            let comparison = try await services.store.comparison(id, of: account)
        else { throw Self.comparisonNotFound }
        return comparison
    }
}

/// What an answer reveals: both dates, the answer, and whether the later photo was picked.
struct RevealedComparison: Encodable {
    struct Side: Encodable { let date: LocalDate }
    let left: Side
    let right: Side
    let smoother: PhotoComparison.Smoother
    let laterLooksSmoother: Bool

    init(_ comparison: PhotoComparison) {
        left = Side(date: comparison.left.date)
        right = Side(date: comparison.right.date)
        smoother = comparison.choice?.smoother ?? .same
        laterLooksSmoother = comparison.laterLooksSmoother ?? false
    }
}
