import CelluliteWeb
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

/// The export holds everything the account has, and only that account's.
@Suite struct ExportAPITests {
    struct Data_: Decodable {
        struct Account: Decodable { var email: String }
        struct CheckIn: Decodable { var notes: String }
        struct Profile: Decodable { var age: Int }
        var account: Account
        var checkins: [CheckIn]
        var profile: Profile?
        var routine: [AnyCodable]
    }

    struct AnyCodable: Decodable {}

    static func export(_ app: Application, token: String) async throws -> Data_ {
        var data: Data_?
        try await CheckInAPITests.send(app, .GET, "/api/me/export", token: token) { response in
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .zip)
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            #expect(archive.map(\.path) == ["data.json"])
            let entry = try #require(archive["data.json"])
            var json = Data()
            _ = try archive.extract(entry) { json.append($0) }
            data = try JSONDecoder().decode(Data_.self, from: json)
        }
        return try #require(data)
    }

    @Test func theExportHoldsTheAccountsProfileRoutineAndCheckInsOnly() async throws {
        try await withTestApp { app in
            let owner = try await AccountAPITests.signUp(app, "owner@example.com").token
            let other = try await AccountAPITests.signUp(app, "other@example.com").token
            try await CheckInAPITests.send(
                app, .POST, "/api/me/checkins", token: owner,
                json: CheckInAPITests.selfRating(2, on: "2026-11-30", notes: "owner's note")
            ) { #expect($0.status == .created) }
            try await CheckInAPITests.send(
                app, .POST, "/api/me/checkins", token: other,
                json: CheckInAPITests.selfRating(1, on: "2026-11-30", notes: "other's note")
            ) { #expect($0.status == .created) }
            try await CheckInAPITests.send(
                app, .PUT, "/api/me/profile", token: owner, json: #"{"age": 41, "areas": ["hips"]}"#
            ) { #expect($0.status == .ok) }

            let export = try await Self.export(app, token: owner)
            #expect(export.account.email == "owner@example.com")
            #expect(export.checkins.map(\.notes) == ["owner's note"])
            #expect(export.profile?.age == 41)
            #expect(export.routine.count == 1)
            let others = try await Self.export(app, token: other)
            #expect(others.checkins.map(\.notes) == ["other's note"])
            #expect(others.profile?.age == nil)
            #expect(others.routine.isEmpty)
        }
    }
}
