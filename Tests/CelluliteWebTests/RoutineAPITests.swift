import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// A saved plan becomes a routine to tick day by day; a new plan changes the routine from its day
/// on and leaves the days before it as they were.
@Suite struct RoutineAPITests {
    struct SavedPlan: Decodable {
        struct Plan: Decodable {
            struct Recommendation: Decodable {
                var treatment: String
                var section: String
            }
            var recommendations: [Recommendation]
        }
        struct Profile: Decodable { var age: Int }
        var plan: Plan
        var profile: Profile
    }

    struct Routine: Decodable {
        struct Item: Decodable { var treatment: String }
        var items: [Item]
    }

    struct Adherence: Decodable {
        var streak: Int
        var rate: Double?
    }

    @Test func theSavedPlansDailyItemsAreTheRoutineToTick() async throws {
        let clock = ManualWallClock()  // 2027-01-15 08:00 UTC
        try await withTestApp(settings: .testing, clock: clock) { app in
            let token = try await AccountAPITests.signUp(app).token
            try await CheckInAPITests.send(app, .GET, "/api/me/profile", token: token) {
                #expect($0.status == .notFound)
            }
            var daily: [String] = []
            try await CheckInAPITests.send(
                app, .PUT, "/api/me/profile", token: token,
                json: #"{"age": 34, "areas": ["thighs"], "setting": "home"}"#
            ) { response in
                #expect(response.status == .ok)
                let saved = try response.content.decode(SavedPlan.self)
                #expect(saved.profile.age == 34)
                daily = saved.plan.recommendations.filter { $0.section == "daily" }.map(\.treatment)
            }
            #expect(!daily.isEmpty)
            try await CheckInAPITests.send(app, .GET, "/api/me/profile", token: token) { response in
                let saved = try response.content.decode(SavedPlan.self)
                #expect(saved.plan.recommendations.filter { $0.section == "daily" }.map(\.treatment) == daily)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/routine", token: token) { response in
                let routine = try response.content.decode(Routine.self)
                #expect(routine.items.map(\.treatment) == daily)
            }
            let ticks = #"{"done": [\#(daily.map { "\"\($0)\"" }.joined(separator: ","))]}"#
            // At 08:00 UTC it is 22:00 on the 15th in UTC+14, the earliest zone: the 16th is nobody's today.
            try await CheckInAPITests.send(app, .PUT, "/api/me/routine/2027-01-16", token: token, json: ticks) {
                #expect($0.status == .unprocessableEntity)
            }
            try await CheckInAPITests.send(app, .PUT, "/api/me/routine/2027-01-15", token: token, json: ticks) {
                #expect($0.status == .ok)
            }
            try await CheckInAPITests.send(
                app, .GET, "/api/me/adherence?from=2027-01-15&to=2027-01-15", token: token
            ) { response in
                let adherence = try response.content.decode(Adherence.self)
                #expect(adherence.rate == 1)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/adherence?from=2027-01-20&to=2027-01-01", token: token) {
                #expect($0.status == .unprocessableEntity)
            }
        }
    }
}
