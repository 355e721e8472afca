import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// Check-ins, progress and the reminder feed (ARCHITECTURE 3.6). Every route reads and writes
/// the caller's own rows only: another account's check-in id answers 404, like one that never was.
///
/// | route                              | success                                               |
/// |------------------------------------|-------------------------------------------------------|
/// | POST /api/me/checkins              | 201 the check-in, scored                              |
/// | GET /api/me/checkins               | 200 {checkins}, oldest first                          |
/// | GET, PUT, DELETE /api/me/checkins/{id} | 200 check-in / 200 check-in / 204                 |
/// | GET /api/me/progress               | 200 {series}: one per scale and version               |
/// | GET /api/me/calendar.ics           | 200 text/calendar: the routine and check-in reminders |
struct CheckInsController: RouteCollection {
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped(BearerAuthMiddleware(services: services)).grouped("me")
        me.post("checkins", use: create)
        me.get("checkins", use: list)
        me.get("checkins", ":id", use: read)
        me.put("checkins", ":id", use: replace)
        me.delete("checkins", ":id", use: delete)
        me.get("progress", use: progress)
        me.get("calendar.ics", use: calendar)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let today = services.latestToday()
        let draft = try CheckInDecoder.decode(json: try request.jsonBody(), today: today)
        let checkIn = try CheckIn(id: services.ids.next(), draft: draft, createdAt: services.clock.now(), today: today)
        try await services.store.createCheckIn(checkIn, of: account)
        return try JSONResponse.make(checkIn, status: .created)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let checkIns = try await services.store.checkIns(of: try request.authenticated.account)
        return try JSONResponse.make(["checkins": checkIns])
    }

    @Sendable func read(_ request: Request) async throws -> Response {
        try JSONResponse.make(try await owned(request))
    }

    @Sendable func replace(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let stored = try await owned(request)
        let today = services.latestToday()
        let draft = try CheckInDecoder.decode(json: try request.jsonBody(), today: today)
        let updated = try stored.replaced(with: draft, today: today)
        guard try await services.store.replaceCheckIn(updated, of: account) else { throw Self.notFound }
        return try JSONResponse.make(updated)
    }

    @Sendable func delete(_ request: Request) async throws -> HTTPStatus {
        let account = try request.authenticated.account
        guard let id = request.parameters.get("id").flatMap(CheckIn.ID.init(uuidString:)),
            try await services.store.deleteCheckIn(id, of: account)
        else { throw Self.notFound }
        return .noContent
    }

    @Sendable func progress(_ request: Request) async throws -> Response {
        let checkIns = try await services.store.checkIns(of: try request.authenticated.account)
        return try JSONResponse.make(["series": ProgressSeries.series(from: checkIns)])
    }

    @Sendable func calendar(_ request: Request) async throws -> Response {
        try await Self.calendar(try request.authenticated.account, services: services)
    }

    /// The reminder feed of `account`, for the API and the account page alike.
    static func calendar(_ account: Account.ID, services: AccountServices) async throws -> Response {
        guard let stored = try await services.store.account(id: account) else { throw AccountError.unauthorized }
        let feed = TrackerCalendar.calendar(
            account: account, history: try await services.store.routineHistory(of: account), routineTime: nil,
            checkIns: try await services.store.checkIns(of: account),
            startDate: LocalDate(stored.account.createdAt, in: .gmt), today: services.latestToday(),
            now: services.clock.now())
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "cellulite-advisor.ics")
        return Response(status: .ok, headers: headers, body: .init(string: feed.serialized))
    }

    private static let notFound = APIError.notFound("No check-in with this id.")

    /// The caller's check-in named in the path; 404 for a malformed id, another's or none.
    private func owned(_ request: Request) async throws -> CheckIn {
        let account = try request.authenticated.account
        guard let id = request.parameters.get("id").flatMap(CheckIn.ID.init(uuidString:)),
            let checkIn = try await services.store.checkIn(id, of: account)
        else { throw Self.notFound }
        return checkIn
    }
}
