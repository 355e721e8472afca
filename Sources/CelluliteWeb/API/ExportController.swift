import CelluliteKit
import CelluliteStore
import Foundation
import Vapor
import ZIPFoundation

/// `GET /api/me/export`: everything the account holds, as `data.json` in a zip (ARCHITECTURE
/// 3.6), built in memory with ZIPFoundation, with every photo as `photos/ID.jpg`: the stored,
/// re-encoded copy (no metadata), opened for its owner.
struct ExportController: RouteCollection {
    let context: WebContext
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(BearerAuthMiddleware(services: services)).get("me", "export", use: export)
    }

    /// The export's `data.json`.
    struct Export: Encodable {
        var exportedAt: String
        var account: Account
        var routine: [RoutineVersion]
        var routineDays: [RoutineDay]
        var checkins: [CheckIn]
        var progress: [ProgressSeries]
        var photos: [Photo]
        /// The answered blinded ratings, dates revealed.
        var photoComparisons: [PhotoComparison]
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        try await Self.export(try request.authenticated.account, context: context, services: services)
    }

    /// The archive of everything `id` holds, for the API and the account page alike.
    static func export(_ id: Account.ID, context: WebContext, services: AccountServices) async throws -> Response {
        let store = services.store
        guard let account = try await store.account(id: id)?.account else { throw AccountError.unauthorized }
        let checkIns = try await store.checkIns(of: id)
        let photos = try await store.photos(of: id)
        var files: [String: Data] = [:]
        for photo in photos {
            guard let image = try await services.photos.image(photo.id, size: .full, of: id) else { continue }
            files["photos/\(photo.id).jpg"] = Data(image)
        }
        let export = Export(
            exportedAt: UTCTimestamp(services.clock.now()).rfc3339, account: account,
            routine: try await store.routineHistory(of: id).versions,
            routineDays: try await store.routineDays(of: id, from: .minimum, to: .maximum), checkins: checkIns,
            progress: ProgressSeries.series(from: checkIns), photos: photos,
            photoComparisons: try await store.comparisons(of: id).filter { $0.choice != nil })
        var data = String(decoding: try JSONResponse.encoder.encode(export), as: UTF8.self)
        // The profile and its plan, in their contract shapes, when one was saved.
        if let saved = try await store.profile(of: id) {
            let fields = try ProfileController.fields(saved.profile, context.planEngine.plan(for: saved.profile))
            data = String(data.dropLast()) + ",\(fields)}"
        }
        var headers = HTTPHeaders()
        headers.contentType = .zip
        headers.contentDisposition = .init(.attachment, filename: "cellulite-advisor-export.zip")
        return Response(
            status: .ok, headers: headers,
            body: .init(data: try zip(files.merging(["data.json": Data(data.utf8)]) { $1 })))
    }

    /// A zip of the named files, deflated but for the JPEGs (already compressed).
    static func zip(_ files: [String: Data]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(contents.count),
                compressionMethod: path.hasSuffix(".jpg") ? .none : .deflate
            ) { position, size in
                contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Abort(.internalServerError) }
        return data
    }
}
