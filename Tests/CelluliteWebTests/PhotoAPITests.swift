import CelluliteImaging
import CelluliteStore
import CelluliteWeb
import FluentKit
import FluentSQL
import Foundation
import ImagingTestSupport
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

/// Photos through the API (ARCHITECTURE 3.7): re-encoded, private, compared blind, exported,
/// deleted with their ciphertext; hostile files refused with nothing left behind.
@Suite struct PhotoAPITests {
    typealias Fixtures = PhotoFixtures

    struct PhotoBody: Decodable {
        var id: String
        var view: String
        var date: String
        var checkin: String?
        var width: Int
        var height: Int
    }

    @Test func anUploadIsStoredReencodedAndServedPrivatelyToItsOwnerOnly() async throws {
        try await withTestApp { app in
            let owner = try await AccountAPITests.signUp(app, "owner@example.com").token
            let other = try await AccountAPITests.signUp(app, "other@example.com").token
            var photo: PhotoBody?
            try await Fixtures.upload(app, token: owner, file: try Fixtures.phoneJPEG(), view: "back-tensed") {
                #expect($0.status == .created)
                photo = try $0.content.decode(PhotoBody.self)
            }
            let stored = try #require(photo)
            // Stored upright: the 600 × 400 original had orientation 6.
            #expect((stored.view, stored.date, stored.width, stored.height) == ("back-tensed", "2026-11-30", 400, 600))
            #expect(stored.checkin == nil)

            for (query, edge) in [("", 600), ("?size=thumb", 320)] {
                try await CheckInAPITests.send(app, .GET, "/api/me/photos/\(stored.id)\(query)", token: owner) {
                    #expect($0.status == .ok)
                    #expect($0.headers.contentType == .jpeg)
                    #expect($0.headers.first(name: .cacheControl) == "private, no-store")
                    #expect($0.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    let bytes = [UInt8]($0.body.readableBytesView)
                    #expect(!bytes.contains(text: "SECRET"), "metadata survived")
                    let header = try PhotoReencoder.header(of: bytes)
                    #expect(max(header.width, header.height) == edge && header.orientation == 1)
                }
            }
            for method: HTTPMethod in [.GET, .DELETE] {
                try await CheckInAPITests.send(app, method, "/api/me/photos/\(stored.id)", token: other) {
                    #expect($0.status == .notFound)
                }
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/photos/\(stored.id)", token: nil) {
                #expect($0.status == .unauthorized)
            }
            #expect(try await Fixtures.photoIDs(app, token: other).isEmpty)
            #expect(try await Fixtures.photoIDs(app, token: owner) == [stored.id])
        }
    }

    @Test func theStoredBytesAreCiphertextAndNothingOfTheUploadIsWrittenAnywhere() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("photo-at-rest-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = "SECRET-GPS-\(UUID().uuidString)"
        let database = DatabaseSettings.sqliteFile(path: directory.appendingPathComponent("cellulite.sqlite").path)
        var settings = WebSettings.testing
        settings.database = database
        let started = Date()
        try await withTestApp(settings: settings) { app in
            let token = try await AccountAPITests.signUp(app).token
            let upload = try Fixtures.phoneJPEG(secret: marker)
            var id = ""
            try await Fixtures.upload(app, token: token, file: upload) {
                #expect($0.status == .created)
                id = try $0.content.decode(PhotoBody.self).id
            }
            var served: [UInt8] = []
            try await CheckInAPITests.send(app, .GET, "/api/me/photos/\(id)", token: token) {
                served = [UInt8]($0.body.readableBytesView)
            }
            let rows = try await (app.db as! any SQLDatabase).raw("SELECT full_sealed FROM photo_images").all()
            let sealed = [UInt8](try #require(rows.first).decode(column: "full_sealed", as: Data.self))
            // Nonce and tag around a ciphertext of the same length; no JPEG in the clear.
            #expect(sealed.count == served.count + 28)
            #expect(!sealed.starts(with: [0xFF, 0xD8]) && Array(sealed[12..<14]) != [0xFF, 0xD8])
            #expect(!sealed.contains(text: "JFIF"))
        }
        // No file written during the run, in the data directory or the temporary one, holds the
        // upload's marker: the original bytes lived in memory only.
        for root in [directory, FileManager.default.temporaryDirectory] {
            for file in Fixtures.files(under: root, modifiedSince: started) {
                let bytes = [UInt8]((try? Data(contentsOf: file)) ?? Data())
                #expect(!bytes.contains(text: marker), "\(file.path) holds the upload's metadata")
            }
        }
    }

    @Test func hostileFilesGetAClear4xxAndLeaveNothingBehind() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            let jpeg = try ImagingFixtures.jpeg(width: 64, height: 64)
            let huge = ImagingFixtures.jpeg(jpeg, claiming: 30_000, 30_000)
            let hugePNG = ImagingFixtures.png(try ImagingFixtures.png(width: 8, height: 8), claiming: 30_000, 30_000)
            let corruptHuffman = ImagingFixtures.corruptingHuffmanTables(jpeg)
            let corpus: [(String, [UInt8], HTTPStatus)] = [
                ("truncated JPEG", Array(jpeg.prefix(jpeg.count / 2)), .unprocessableEntity),
                ("corrupt Huffman tables", corruptHuffman, .unprocessableEntity),
                ("JPEG claiming 30,000²", huge, .unprocessableEntity),
                ("PNG claiming 30,000²", hugePNG, .unprocessableEntity),
                ("text named .jpg", Array("just some text".utf8), .unsupportedMediaType),
                ("HTML named .jpg", Array("<html><script>alert(1)</script></html>".utf8), .unsupportedMediaType),
                ("GIF", Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x3B], .unsupportedMediaType),
                ("empty file", [], .unprocessableEntity),
                (
                    "10 MB + 1 byte", [0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: 10 * 1024 * 1024 - 2),
                    .payloadTooLarge
                ),
            ]
            #expect(huge != jpeg && corruptHuffman != jpeg)
            for (name, file, status) in corpus {
                try await Fixtures.upload(app, token: token, file: file) { response in
                    #expect(response.status == status, "\(name)")
                    #expect(
                        response.headers.contentType == .init(type: "application", subType: "problem+json"), "\(name)")
                }
            }
            // A file part with no bytes at all is a missing file.
            try await Fixtures.upload(app, token: token, file: [], filename: "") {
                #expect($0.status == .unprocessableEntity)
                #expect($0.body.string.contains("file"))
            }
            // Not a form at all under a multipart type (found by schemathesis, signed in): 400, not 500.
            for body in ["--b\r\n[]--b--\r\n", "--b\r\n\u{0}--b--\r\n"] {
                var headers = HTTPHeaders()
                headers.bearerAuthorization = BearerAuthorization(token: token)
                headers.contentType = HTTPMediaType(
                    type: "multipart", subType: "form-data", parameters: ["boundary": "b"])
                try await app.testing().test(.POST, "/api/me/photos", headers: headers, body: ByteBuffer(string: body))
                {
                    #expect($0.status == .badRequest, "\(body)")
                    #expect($0.body.string.contains("malformed-form"), "\(body)")
                }
            }
            #expect(try await Fixtures.photoIDs(app, token: token).isEmpty)
            let sql = app.db as! any SQLDatabase
            for table in ["photos", "photo_images"] {
                let count = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?
                    .decode(column: "n", as: Int.self)
                #expect(count == 0, "\(table)")
            }
        }
    }

    @Test func badFieldsAreNamedTogetherAndOnlyTheUploadRouteTakesALargeBody() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            try await Fixtures.upload(
                app, token: token, file: try ImagingFixtures.jpeg(width: 8, height: 8), view: "front",
                date: "2999-01-01", checkin: "not-an-id"
            ) { response in
                #expect(response.status == .unprocessableEntity)
                let problem = try JSONDecoder().decode(ProblemBody.self, from: Data(response.body.readableBytesView))
                #expect(problem.errors?.map(\.field) == ["view", "date", "checkin"])
            }
            try await Fixtures.upload(
                app, token: token, file: try ImagingFixtures.jpeg(width: 8, height: 8),
                checkin: UUID().uuidString
            ) { response in
                #expect(response.status == .unprocessableEntity)
                let problem = try JSONDecoder().decode(ProblemBody.self, from: Data(response.body.readableBytesView))
                #expect(problem.errors?.map(\.field) == ["checkin"])
            }
            // The same 100 KB that an upload may carry is refused elsewhere.
            let big = #"{"date": "2026-11-30", "notes": ""# + String(repeating: "a", count: 100_000) + #""}"#
            try await CheckInAPITests.send(app, .POST, "/api/me/checkins", token: token, json: big) {
                #expect($0.status == .payloadTooLarge)
            }
            try await CheckInAPITests.send(app, .POST, "/api/me/photos", token: token, json: "{}") {
                #expect($0.status == .unsupportedMediaType)
            }
        }
    }

    struct ProblemBody: Decodable {
        struct Field: Decodable { var field: String }
        var errors: [Field]?
    }

    struct Blinded: Decodable {
        var id: String
        var left: String
        var right: String
    }

    struct Revealed: Decodable {
        struct Side: Decodable { var date: String }
        var left: Side
        var right: Side
        var smoother: String
        var laterLooksSmoother: Bool
    }

    @Test func aBlindedComparisonHidesTheDatesUntilTheAnswer() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            let other = try await AccountAPITests.signUp(app, "other@example.com").token
            let start = #"{"view": "left-side"}"#
            try await CheckInAPITests.send(app, .POST, "/api/me/photo-comparisons", token: token, json: start) {
                #expect($0.status == .unprocessableEntity)  // no photos yet
            }
            for date in ["2026-09-01", "2026-10-15", "2026-11-30"] {
                try await Fixtures.upload(
                    app, token: token, file: try ImagingFixtures.jpeg(width: 40, height: 30), view: "left-side",
                    date: date
                ) { #expect($0.status == .created) }
            }
            var blinded: Blinded?
            try await CheckInAPITests.send(app, .POST, "/api/me/photo-comparisons", token: token, json: start) {
                #expect($0.status == .created)
                #expect(!$0.body.string.contains("2026"))
                blinded = try $0.content.decode(Blinded.self)
            }
            let comparison = try #require(blinded)
            #expect(comparison.left == "/api/me/photo-comparisons/\(comparison.id)/left")
            for side in [comparison.left, comparison.right] {
                try await CheckInAPITests.send(app, .GET, side, token: token) {
                    #expect($0.status == .ok && $0.headers.contentType == .jpeg)
                    #expect($0.headers.first(name: .cacheControl) == "private, no-store")
                }
                try await CheckInAPITests.send(app, .GET, side, token: other) { #expect($0.status == .notFound) }
            }
            let choice = "/api/me/photo-comparisons/\(comparison.id)/choice"
            try await CheckInAPITests.send(app, .POST, choice, token: other, json: #"{"smoother": "left"}"#) {
                #expect($0.status == .notFound)
            }
            var revealed: Revealed?
            try await CheckInAPITests.send(app, .POST, choice, token: token, json: #"{"smoother": "left"}"#) {
                #expect($0.status == .ok)
                revealed = try $0.content.decode(Revealed.self)
            }
            let answer = try #require(revealed)
            // The baseline against the latest; the later one is smoother exactly when it was on the left.
            #expect(Set([answer.left.date, answer.right.date]) == ["2026-09-01", "2026-11-30"])
            #expect(answer.smoother == "left")
            #expect(answer.laterLooksSmoother == (answer.left.date == "2026-11-30"))
            try await CheckInAPITests.send(app, .POST, choice, token: token, json: #"{"smoother": "same"}"#) {
                #expect($0.status == .conflict)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/photo-comparisons", token: token) {
                #expect($0.body.string.contains(#""laterLooksSmoother":\#(answer.laterLooksSmoother)"#))
            }
            // The answered rating is in the export, dates and all.
            try await CheckInAPITests.send(app, .GET, "/api/me/export", token: token) { response in
                let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
                var json = Data()
                _ = try archive.extract(try #require(archive["data.json"])) { json.append($0) }
                let text = String(decoding: json, as: UTF8.self)
                #expect(text.contains(#""photoComparisons":[{"#) && text.contains(comparison.id))
                #expect(text.contains(#""smoother":"left""#) && text.contains("2026-09-01"))
            }
        }
    }

    @Test func theExportHoldsEveryPhotoAndDeletionRemovesThem() async throws {
        try await withTestApp { app in
            let token = try await AccountAPITests.signUp(app).token
            var ids: [String] = []
            for view in ["back-relaxed", "right-side"] {
                try await Fixtures.upload(app, token: token, file: try Fixtures.phoneJPEG(), view: view) {
                    ids.append(try $0.content.decode(PhotoBody.self).id)
                }
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/export", token: token) { response in
                let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
                #expect(Set(archive.map(\.path)) == Set(["data.json"] + ids.map { "photos/\($0).jpg" }))
                for id in ids {
                    var bytes = Data()
                    _ = try archive.extract(try #require(archive["photos/\(id).jpg"])) { bytes.append($0) }
                    #expect(try PhotoReencoder.header(of: [UInt8](bytes)).format == .jpeg)
                    #expect(![UInt8](bytes).contains(text: "SECRET"))
                }
                var json = Data()
                _ = try archive.extract(try #require(archive["data.json"])) { json.append($0) }
                for id in ids { #expect(String(decoding: json, as: UTF8.self).contains(id)) }
            }
            try await CheckInAPITests.send(app, .DELETE, "/api/me/photos/\(ids[0])", token: token) {
                #expect($0.status == .noContent)
            }
            try await CheckInAPITests.send(app, .GET, "/api/me/photos/\(ids[0])", token: token) {
                #expect($0.status == .notFound)
            }
            #expect(try await Fixtures.photoIDs(app, token: token) == [ids[1]])
        }
    }
}

/// Uploads and images for the web tests.
enum PhotoFixtures {
    /// A 600 × 400 JPEG as a phone writes it: EXIF orientation 6 and a GPS block holding `secret`.
    static func phoneJPEG(secret: String = "SECRET-GPS") throws -> [UInt8] {
        ImagingFixtures.withExif(
            try ImagingFixtures.jpeg(width: 600, height: 400), orientation: 6, secret: secret)
    }

    static func upload(
        _ app: Application, token: String?, file: [UInt8], filename: String = "photo.jpg",
        view: String = "back-relaxed", date: String = "2026-11-30", checkin: String? = nil,
        _ check: (TestingHTTPResponse) async throws -> Void
    ) async throws {
        var form = MultipartBuilder()
        form.file("file", filename: filename, bytes: file)
        form.field("view", view)
        form.field("date", date)
        if let checkin { form.field("checkin", checkin) }
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        headers.contentType = form.contentType
        try await app.testing().test(.POST, "/api/me/photos", headers: headers, body: form.body) { try await check($0) }
    }

    static func photoIDs(_ app: Application, token: String) async throws -> [String] {
        struct List: Decodable { var photos: [PhotoAPITests.PhotoBody] }
        var ids: [String] = []
        try await CheckInAPITests.send(app, .GET, "/api/me/photos", token: token) {
            ids = try $0.content.decode(List.self).photos.map(\.id)
        }
        return ids
    }

    /// Files written since `start` under `root`, `depth` levels down at most: where a spilled
    /// upload would land (other suites' databases elsewhere under /tmp are not read).
    static func files(under root: URL, modifiedSince start: Date, depth: Int = 2) -> [URL] {
        let keys: Set<URLResourceKey> = [.contentModificationDateKey, .isRegularFileKey, .isDirectoryKey]
        let entries =
            (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: Array(keys))) ?? []
        return entries.flatMap { url -> [URL] in
            guard let values = try? url.resourceValues(forKeys: keys),
                (values.contentModificationDate ?? .distantPast) >= start
            else { return [] }
            if values.isRegularFile == true { return [url] }
            return values.isDirectory == true && depth > 1
                ? files(under: url, modifiedSince: start, depth: depth - 1) : []
        }
    }
}

/// A multipart/form-data body, written by hand so tests control every byte.
struct MultipartBuilder {
    let boundary = "cellulite-test-\(UUID().uuidString)"
    private var parts = ByteBuffer()

    var body: ByteBuffer {
        var whole = parts
        whole.writeString("--\(boundary)--\r\n")
        return whole
    }

    var contentType: HTTPMediaType {
        HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
    }

    mutating func field(_ name: String, _ value: String) {
        parts.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
    }

    mutating func file(_ name: String, filename: String, bytes: [UInt8], type: String = "image/jpeg") {
        parts.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: \(type)\r\n\r\n")
        parts.writeBytes(bytes)
        parts.writeString("\r\n")
    }
}
