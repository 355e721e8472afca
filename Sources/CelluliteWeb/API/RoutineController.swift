import CelluliteKit
import CelluliteStore
import Foundation
import Vapor

/// The daily routine that a saved plan becomes, ticked day by day (ARCHITECTURE 3.6).
///
/// | route                          | success                                             |
/// |--------------------------------|-----------------------------------------------------|
/// | GET /api/me/routine            | 200 {items}: the saved plan's daily section today    |
/// | PUT /api/me/routine/{date}     | 200 {date, done}; a future date is 422, past is fine |
/// | GET /api/me/adherence?from=&to=| 200 {days, streak, rate}                            |
struct RoutineController: RouteCollection {
    let services: AccountServices

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped(BearerAuthMiddleware(services: services)).grouped("me")
        me.get("routine", use: routine)
        me.put("routine", ":date", use: tick)
        me.get("adherence", use: adherence)
    }

    @Sendable func routine(_ request: Request) async throws -> Response {
        let history = try await services.store.routineHistory(of: try request.authenticated.account)
        return try JSONResponse.make(history.routine(on: services.latestToday()))
    }

    @Sendable func tick(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let history = try await services.store.routineHistory(of: account)
        let day = try RoutineDayDecoder.decode(
            date: request.parameters.get("date") ?? "", json: try request.jsonBody(), history: history,
            today: services.latestToday())
        try await services.store.recordRoutineDay(day, of: account)
        return try JSONResponse.make(day)
    }

    @Sendable func adherence(_ request: Request) async throws -> Response {
        let account = try request.authenticated.account
        let query = request.queryParameters
        let today = services.latestToday()
        let from = try date(query, "from") ?? today.adding(days: -27) ?? today
        let to = try date(query, "to") ?? today
        let history = try await services.store.routineHistory(of: account)
        // The streak counts back from today, whatever the range asked for.
        let ticks = try await services.store.routineDays(
            of: account, from: min(from, today.adding(days: -Adherence.maxDays) ?? from), to: max(to, today))
        return try JSONResponse.make(try Adherence(from: from, to: to, today: today, history: history, ticks: ticks))
    }

    /// Absent means the default; present, even empty (`?to=`), it must be a date.
    private func date(_ query: QueryParameters, _ name: String) throws -> LocalDate? {
        guard let text = query.values(name).last else { return nil }
        do {
            return try LocalDate(parsing: text)
        } catch {
            throw APIError.invalidParameter(name: name, message: "must be a real date written YYYY-MM-DD")
        }
    }
}
