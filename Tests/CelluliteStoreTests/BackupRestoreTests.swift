import CelluliteKit
import CelluliteStore
import CelluliteStoreFluent
import FluentKit
import FluentSQL
import Foundation
import Testing
import ZIPFoundation

/// `cellulite backup` and `restore` at the store: what goes into an archive comes back whole, on
/// either database and from one to the other, and a restore writes everything or nothing.
@Suite struct BackupRestoreTests {
    typealias Fixture = ContractFixture

    /// A source database and a target one.
    struct Route: Sendable, CustomTestStringConvertible {
        var from: TrackerBackend
        var to: TrackerBackend
        var testDescription: String { "\(from.rawValue) to \(to.rawValue)" }

        static var available: [Route] {
            let databases = TrackerBackend.availableDatabases
            return databases.flatMap { from in databases.map { to in Route(from: from, to: to) } }
        }
    }

    static let dataKey = Data((0..<32).map { UInt8($0) })

    @Test(arguments: Route.available)
    func everyAccountCheckInAndPhotoComesBack(route: Route) async throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        var before: [Holdings] = []
        try await route.from.withDatabase { source in
            let store = FluentTrackerStore { source }
            let people = try await [Self.fillAccount(in: store, seed: 1), Self.fillAccount(in: store, seed: 2)]
            before = try await people.asyncMap { try await Holdings(of: $0, in: store) }
            let manifest = try await StoreBackup.write(
                from: source, source: route.from.rawValue, dataKey: Self.dataKey, to: file, now: Fixture.now)
            #expect(manifest.tables["accounts"] == 2)
            #expect(manifest.tables["check_ins"] == 6)
            #expect(manifest.tables["photos"] == 4)
            #expect(manifest.tables["photo_images"] == 4)
            #expect(manifest.migrations == StoreMigrations.all.map(\.name))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the archive holds the photo key")

        try await route.to.withDatabase { target in
            let backup = try OpenedBackup(reading: file)
            defer { backup.close() }
            #expect(backup.dataKey == Self.dataKey)
            let restored = try await StoreRestore.restore(backup, into: target)
            #expect(restored == backup.manifest.tables)
            let store = FluentTrackerStore { target }
            for person in before {
                #expect(try await Holdings(of: person.reference, in: store) == person)
            }
        }
    }

    @Test(arguments: TrackerBackend.availableDatabases)
    func aDatabaseThatHoldsDataIsRefusedAndKeptAsItWas(backend: TrackerBackend) async throws {
        let file = try await Self.backupOfOneAccount(on: backend)
        defer { try? FileManager.default.removeItem(at: file) }
        try await backend.withDatabase { target in
            let store = FluentTrackerStore { target }
            let resident = try await Fixture.createAccount(in: store)
            let backup = try OpenedBackup(reading: file)
            defer { backup.close() }
            await #expect(throws: BackupError.targetHoldsData(table: "accounts", rows: 1)) {
                _ = try await StoreRestore.restore(backup, into: target)
            }
            #expect(try await store.account(id: resident) != nil)
            let archived = try #require(try Self.accountIDs(in: file).first)
            #expect(try await store.account(id: archived) == nil)
        }
    }

    /// The rows go in as one transaction: a bad row late in the archive undoes the good ones before.
    @Test(arguments: TrackerBackend.availableDatabases)
    func aRowThatDoesNotReadLeavesTheDatabaseEmpty(backend: TrackerBackend) async throws {
        let file = try await Self.backupOfOneAccount(on: backend)
        defer { try? FileManager.default.removeItem(at: file) }
        let damaged = try Self.rewritten(file) { name, data in
            name == "tables/photo_comparisons.jsonl" ? Data("{\"id\": \"not a row\"}\n".utf8) : data
        }
        defer { try? FileManager.default.removeItem(at: damaged) }
        try await backend.withDatabase { target in
            let backup = try OpenedBackup(reading: damaged)
            defer { backup.close() }
            await #expect {
                _ = try await StoreRestore.restore(backup, into: target)
            } throws: { error in
                guard case .unreadableArchive(let reason)? = error as? BackupError else { return false }
                return reason.contains("photo_comparisons")
            }
            let store = FluentTrackerStore { target }
            for account in try Self.accountIDs(in: file) {
                #expect(try await store.account(id: account) == nil)
            }
        }
    }

    @Test func anArchiveWhoseRowsDisagreeWithItsManifestIsRefused() async throws {
        let file = try await Self.backupOfOneAccount(on: .sqlite)
        defer { try? FileManager.default.removeItem(at: file) }
        let short = try Self.rewritten(file) { name, data in
            name == "tables/check_ins.jsonl"
                ? Data(data.split(separator: 0x0A).dropLast().joined(separator: [0x0A])) : data
        }
        defer { try? FileManager.default.removeItem(at: short) }
        try await TrackerBackend.sqlite.withDatabase { target in
            let backup = try OpenedBackup(reading: short)
            defer { backup.close() }
            await #expect(throws: BackupError.unreadableArchive("check_ins holds 2 rows where its manifest says 3")) {
                _ = try await StoreRestore.restore(backup, into: target)
            }
        }
    }

    @Test func anArchiveFromANewerSchemaOrAnotherFormatIsRefusedBeforeAnythingIsWritten() async throws {
        let file = try await Self.backupOfOneAccount(on: .sqlite)
        defer { try? FileManager.default.removeItem(at: file) }
        func withManifest(_ change: @escaping (inout [String: Any]) -> Void) throws -> URL {
            try Self.rewritten(file) { name, data in
                guard name == BackupManifest.entryName else { return data }
                var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
                change(&object)
                return try JSONSerialization.data(withJSONObject: object)
            }
        }
        let newer = try withManifest { $0["migrations"] = StoreMigrations.all.map(\.name) + ["AddSomethingLater"] }
        let foreign = try withManifest { $0["format"] = "another-app-backup" }
        let future = try withManifest { $0["version"] = BackupManifest.currentVersion + 1 }
        defer { [newer, foreign, future].forEach { try? FileManager.default.removeItem(at: $0) } }

        #expect(throws: BackupError.newerSchema(unknownMigrations: ["AddSomethingLater"])) {
            try OpenedBackup(reading: newer)
        }
        for url in [foreign, future] {
            #expect {
                try OpenedBackup(reading: url)
            } throws: { error in
                guard case .unreadableArchive? = error as? BackupError else { return false }
                return true
            }
        }
    }

    @Test func whatIsNotAnArchiveIsUnreadable() throws {
        let garbage = Self.temporaryFile()
        try Data("not a zip at all".utf8).write(to: garbage)
        defer { try? FileManager.default.removeItem(at: garbage) }
        for url in [garbage, Self.temporaryFile()] {
            #expect {
                try OpenedBackup(reading: url)
            } throws: { error in
                guard case .unreadableArchive? = error as? BackupError else { return false }
                return true
            }
        }
    }

    /// The backup reads one snapshot while rows keep arriving: every check-in it holds has its
    /// account (the accounts table is read first), so the restore, which checks foreign keys,
    /// succeeds. Without the snapshot, PostgreSQL reads each table as of its own moment.
    @Test(arguments: TrackerBackend.availableDatabases)
    func aBackupTakenDuringWritesRestoresWhole(backend: TrackerBackend) async throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try await backend.withDatabase { source in
            let store = FluentTrackerStore { source }
            let writer = Task {
                var written = 0
                while !Task.isCancelled {
                    let account = try await Fixture.createAccount(in: store)
                    for day in 0..<3 {
                        try await store.createCheckIn(try Fixture.checkIn(on: Fixture.day(-day)), of: account)
                    }
                    written += 1
                }
                return written
            }
            while try await Self.accountCount(in: source) < 20 { try await Task.sleep(for: .milliseconds(5)) }
            let manifest = try await StoreBackup.write(
                from: source, source: backend.rawValue, dataKey: nil, to: file, now: Fixture.now)
            writer.cancel()
            let written = try await writer.value
            #expect(manifest.tables["accounts", default: 0] >= 20)
            #expect(written >= manifest.tables["accounts", default: 0], "the writer went on after the snapshot")
            #expect(manifest.tables["check_ins", default: 0] <= 3 * manifest.tables["accounts", default: 0])
        }
        try await backend.withDatabase { target in
            let backup = try OpenedBackup(reading: file)
            defer { backup.close() }
            #expect(backup.dataKey == nil)
            let restored = try await StoreRestore.restore(backup, into: target)
            #expect(restored == backup.manifest.tables)
        }
    }

    // MARK: - What one account holds

    /// Everything of one account, as the store reads it back.
    struct Holdings: Equatable {
        struct Reference: Equatable {
            var account: Account.ID
            var tokenHash: String
        }
        var reference: Reference
        var account: StoredAccount?
        var tokenOwner: Account.ID?
        var profile: SavedProfile?
        var routine: RoutineHistory
        var days: [RoutineDay]
        var checkIns: [CheckIn]
        var photos: [Photo]
        var images: [[UInt8]?]
        var comparisons: [PhotoComparison]

        init(of reference: Reference, in store: any TrackerStore) async throws {
            self.reference = reference
            let id = reference.account
            account = try await store.account(id: id)
            tokenOwner = try await store.account(forTokenHash: reference.tokenHash, now: Fixture.now)
            profile = try await store.profile(of: id)
            routine = try await store.routineHistory(of: id)
            days = try await store.routineDays(of: id, from: Fixture.day(-60), to: Fixture.day(0))
            checkIns = try await store.checkIns(of: id)
            photos = try await store.photos(of: id)
            var images: [[UInt8]?] = []
            for photo in photos {
                for size in PhotoSize.allCases {
                    images.append(try await store.sealedImage(photo.id, size: size, of: id))
                }
            }
            self.images = images
            comparisons = try await store.comparisons(of: id)
        }
    }

    /// An account with some of everything: a token, a profile, a routine and ticked days, three
    /// check-ins on three scales, two photos (images of 300 kB) and an answered comparison.
    static func fillAccount(in store: any TrackerStore, seed: UInt8) async throws -> Holdings.Reference {
        let account = try await Fixture.createAccount(in: store)
        let token = Fixture.token(of: account)
        try await store.create(token)
        try await store.saveProfile(SavedProfile(profile: Fixture.profile, savedAt: Fixture.now), of: account)
        try await store.adoptRoutine(
            RoutineVersion(effectiveFrom: Fixture.day(-30), routine: Fixture.routine("dry-brushing", "retinol")),
            of: account)
        try await store.recordRoutineDay(RoutineDay(restoring: Fixture.day(-1), done: ["retinol"]), of: account)
        let checkIns = try [
            Fixture.checkIn(
                on: Fixture.day(-30), .hexselCSS(items: [1, 2, 1, 0, 2], site: .leftThigh), notes: "start"),
            Fixture.checkIn(on: Fixture.day(-10), .selfRating(level: 3), createdAt: Fixture.now + 0.25),
            Fixture.checkIn(
                on: Fixture.day(0), .nurnbergerMuller(.init(standing: .dimpled, lying: .smooth, pinch: .positive)),
                notes: "après le sport ✓"),
        ]
        for checkIn in checkIns { try await store.createCheckIn(checkIn, of: account) }
        let photos = [
            TrackerStoreContractPhotoTests.photo(on: Fixture.day(-30), checkIn: checkIns[0].id),
            TrackerStoreContractPhotoTests.photo(on: Fixture.day(0)),
        ]
        for (index, photo) in photos.enumerated() {
            try await store.createPhoto(
                photo, sealed: TrackerStoreContractPhotoTests.sealed(seed &+ UInt8(index)), of: account)
        }
        var generator = SystemRandomNumberGenerator()
        let comparison = try PhotoComparison.blinded(
            id: PhotoComparison.ID(UUID()), view: .backRelaxed, photos: photos, createdAt: Fixture.now,
            using: &generator)
        try await store.createComparison(comparison, of: account)
        _ = try await store.recordChoice(
            PhotoComparison.Choice(smoother: .same, at: Fixture.now + 60), for: comparison.id, of: account)
        return Holdings.Reference(account: account, tokenHash: token.hash)
    }

    // MARK: - Archives

    static func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cellulite-backup-test-\(UUID().uuidString).zip")
    }

    static func backupOfOneAccount(on backend: TrackerBackend) async throws -> URL {
        let file = temporaryFile()
        try await backend.withDatabase { source in
            _ = try await fillAccount(in: FluentTrackerStore { source }, seed: 7)
            _ = try await StoreBackup.write(
                from: source, source: backend.rawValue, dataKey: dataKey, to: file, now: Fixture.now)
        }
        return file
    }

    /// A copy of the archive with each entry passed through `change`.
    static func rewritten(_ file: URL, _ change: (String, Data) throws -> Data) throws -> URL {
        let source = try Archive(url: file, accessMode: .read)
        let copy = temporaryFile()
        let target = try Archive(url: copy, accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            let changed = try change(entry.path, data)
            try target.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(changed.count), compressionMethod: .none
            ) { position, size in changed.subdata(in: Int(position)..<Int(position) + size) }
        }
        return copy
    }

    static func accountIDs(in file: URL) throws -> [Account.ID] {
        let archive = try Archive(url: file, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["tables/accounts.jsonl"])) { data.append($0) }
        return try data.split(separator: 0x0A).map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let text = try #require(object["id"] as? String)
            return Account.ID(try #require(UUID(uuidString: text)))
        }
    }

    static func accountCount(in database: any Database) async throws -> Int {
        let row = try await (database as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM accounts").first()
        return try #require(row).decode(column: "n", as: Int.self)
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
