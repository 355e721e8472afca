import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// Check-ins, progress, the routine and the calendar through the API, each account seeing only
/// its own rows.
@Suite struct CheckInAPITests {
    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, token: String?, json: String? = nil,
        _ check: (TestingHTTPResponse) async throws -> Void
    ) async throws {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        }
        try await app.testing().test(method, path, headers: headers, body: body) { try await check($0) }
    }

    static func selfRating(_ level: Int, on date: String, notes: String = "") -> String {
        #"{"date": "\#(date)", "assessment": {"scale": "self-rating", "level": \#(level)}, "notes": "\#(notes)"}"#
    }

    struct CheckInBody: Decodable {
        struct Assessment: Decodable {
            var scale: String
            var version: String
        }
        var id: String
        var date: String
        var notes: String
        var assessment: Assessment
    }

    @Test func aCheckInIsScoredListedChangedAndDeleted() async throws {
        let clock = ManualWallClock()
        try await withTestApp(settings: .testing, clock: clock) { app in
            let token = try await AccountAPITests.signUp(app).token
            var id = ""
            try await Self.send(
                app, .POST, "/api/me/checkins", token: token, json: Self.selfRating(3, on: "2027-01-10")
            ) { response in
                #expect(response.status == .created)
                let checkIn = try response.content.decode(CheckInBody.self)
                #expect(checkIn.date == "2027-01-10")
                #expect(checkIn.assessment.scale == "self-rating")
                #expect(!checkIn.assessment.version.isEmpty)
                id = checkIn.id
            }
            try await Self.send(
                app, .POST, "/api/me/checkins", token: token, json: Self.selfRating(1, on: "2027-01-02")
            ) { #expect($0.status == .created) }
            try await Self.send(app, .GET, "/api/me/checkins", token: token) { response in
                struct List: Decodable { var checkins: [CheckInBody] }
                let list = try response.content.decode(List.self)
                #expect(list.checkins.map(\.date) == ["2027-01-02", "2027-01-10"])
            }
            try await Self.send(
                app, .PUT, "/api/me/checkins/\(id)", token: token,
                json: Self.selfRating(2, on: "2027-01-11", notes: "after the holidays")
            ) { response in
                #expect(response.status == .ok)
                let checkIn = try response.content.decode(CheckInBody.self)
                #expect(checkIn.notes == "after the holidays")
            }
            try await Self.send(app, .GET, "/api/me/progress", token: token) { response in
                #expect(response.body.string.contains(#""from":1"#))
                #expect(response.body.string.contains(#""to":2"#))
            }
            try await Self.send(app, .DELETE, "/api/me/checkins/\(id)", token: token) {
                #expect($0.status == .noContent)
            }
            try await Self.send(app, .GET, "/api/me/checkins/\(id)", token: token) { #expect($0.status == .notFound) }
        }
    }

    @Test func aFutureDateAndBadAnswersAreNamedAndNothingIsStored() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            let body = #"{"date": "2999-01-01", "assessment": {"scale": "self-rating", "level": 9}, "notes": ""}"#
            try await Self.send(app, .POST, "/api/me/checkins", token: token, json: body) { response in
                #expect(response.status == .unprocessableEntity)
                let fields = Set(
                    try JSONDecoder().decode(Problem.self, from: Data(response.body.readableBytesView)).errors?.map(
                        \.field) ?? [])
                #expect(fields.contains("date"))
                #expect(fields.count == 2)
            }
            try await Self.send(app, .GET, "/api/me/checkins", token: token) {
                #expect($0.body.string == #"{"checkins":[]}"#)
            }
        }
    }

    @Test func anotherAccountsCheckInAnswers404LikeOneThatDoesNotExist() async throws {
        try await withTestApp { app in
            let owner = try await AccountAPITests.signUp(app, "owner@example.com").token
            let other = try await AccountAPITests.signUp(app, "other@example.com").token
            var id = ""
            try await Self.send(
                app, .POST, "/api/me/checkins", token: owner, json: Self.selfRating(2, on: "2026-11-30")
            ) { id = try $0.content.decode(CheckInBody.self).id }
            var bodies: [String] = []
            for path in ["/api/me/checkins/\(id)", "/api/me/checkins/\(UUID().uuidString)", "/api/me/checkins/nope"] {
                try await Self.send(app, .GET, path, token: other) { response in
                    #expect(response.status == .notFound)
                    bodies.append(response.body.string)
                }
            }
            #expect(Set(bodies).count == 1)
            try await Self.send(
                app, .PUT, "/api/me/checkins/\(id)", token: other, json: Self.selfRating(0, on: "2026-11-30")
            ) { #expect($0.status == .notFound) }
            try await Self.send(app, .DELETE, "/api/me/checkins/\(id)", token: other) {
                #expect($0.status == .notFound)
            }
            try await Self.send(app, .GET, "/api/me/checkins", token: other) {
                #expect($0.body.string == #"{"checkins":[]}"#)
            }
            // Still the owner's, unchanged.
            try await Self.send(app, .GET, "/api/me/checkins/\(id)", token: owner) { response in
                #expect(response.status == .ok)
                let checkIn = try response.content.decode(CheckInBody.self)
                #expect(checkIn.date == "2026-11-30")
            }
            // Without a token, nothing of anybody's.
            try await Self.send(app, .GET, "/api/me/checkins/\(id)", token: nil) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func theCalendarIsAnICalendarFeedWithAFourWeeklyCheckIn() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            try await Self.send(app, .GET, "/api/me/calendar.ics", token: token) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "calendar")
                let text = response.body.string
                #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=4\r\n"))
                #expect(text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            }
        }
    }
}
