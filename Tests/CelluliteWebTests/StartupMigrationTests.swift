import CelluliteStore
import CelluliteWeb
import Foundation
import Testing
import Vapor

/// `serve` migrates on start unless told not to; told not to, it will not serve a schema that is behind.
@Suite struct StartupMigrationTests {
    @Test func withoutMigratingOnStartAnEmptyDatabaseIsRefused() async throws {
        var settings = WebSettings.testing
        settings.migratesOnStart = false
        await #expect {
            try await withTestApp(settings: settings) { _ in Issue.record("the app started") }
        } throws: { error in
            "\(error)".contains("migrations are pending") && "\(error)".contains("run cellulite migrate first")
        }
    }

    @Test func withoutMigratingOnStartAMigratedDatabaseServes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var settings = WebSettings.testing
        settings.database = try DatabaseSettings(databaseURL: nil, dataDirectory: directory.path)
        try await withTestApp(settings: settings) { _ in }
        settings.migratesOnStart = false
        try await withTestApp(settings: settings) { app in
            try await app.testing().test(.GET, "/health") { response in #expect(response.status == .ok) }
        }
    }
}
