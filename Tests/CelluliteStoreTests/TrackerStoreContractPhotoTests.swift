import CelluliteKit
import CelluliteStore
import Foundation
import Testing

/// The store contract, part three: photos and blinded comparisons, on every backend. Images are
/// opaque bytes here (sealing is the web layer's); what matters is that they come back whole, to
/// their owner only, and go when the photo, its check-in or the account goes.
@Suite struct TrackerStoreContractPhotoTests {
    typealias Fixture = ContractFixture

    static func photo(
        _ view: PhotoView = .backRelaxed, on date: LocalDate = Fixture.today, checkIn: CheckIn.ID? = nil,
        createdAt: Date = Fixture.now
    ) -> Photo {
        Photo(
            id: Photo.ID(UUID()), view: view, date: date, checkIn: checkIn, width: 2048, height: 1536,
            createdAt: createdAt)
    }

    /// Distinct bytes per photo, large enough to cross a page of either database.
    static func sealed(_ seed: UInt8) -> SealedPhoto {
        SealedPhoto(
            full: (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) ^ seed },
            thumbnail: (0..<9_000).map { UInt8(truncatingIfNeeded: $0) ^ seed })
    }

    @Test(arguments: TrackerBackend.available)
    func photosComeBackOldestFirstWithTheirImagesWhole(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let later = Self.photo(.leftSide, on: Fixture.day(0))
            let earlier = Self.photo(.backTensed, on: Fixture.day(-30), createdAt: Fixture.now + 5)
            let sameDayLater = Self.photo(.leftSide, on: Fixture.day(0), createdAt: Fixture.now + 1)
            try await store.createPhoto(later, sealed: Self.sealed(1), of: account)
            try await store.createPhoto(earlier, sealed: Self.sealed(2), of: account)
            try await store.createPhoto(sameDayLater, sealed: Self.sealed(3), of: account)

            #expect(try await store.photos(of: account) == [earlier, later, sameDayLater])
            #expect(try await store.photo(earlier.id, of: account) == earlier)
            #expect(try await store.sealedImage(earlier.id, size: .full, of: account) == Self.sealed(2).full)
            #expect(try await store.sealedImage(earlier.id, size: .thumbnail, of: account) == Self.sealed(2).thumbnail)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func anotherAccountReachesNoPhotoNorComparison(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let owner = try await Fixture.createAccount(in: store)
            let intruder = try await Fixture.createAccount(in: store)
            let first = Self.photo(on: Fixture.day(-10))
            let second = Self.photo(on: Fixture.day(0))
            for (index, photo) in [first, second].enumerated() {
                try await store.createPhoto(photo, sealed: Self.sealed(UInt8(index)), of: owner)
            }
            var generator = SystemRandomNumberGenerator()
            let comparison = try PhotoComparison.blinded(
                id: PhotoComparison.ID(UUID()), view: .backRelaxed, photos: [first, second], createdAt: Fixture.now,
                using: &generator)
            try await store.createComparison(comparison, of: owner)

            #expect(try await store.photos(of: intruder).isEmpty)
            #expect(try await store.photo(first.id, of: intruder) == nil)
            for size in PhotoSize.allCases {
                #expect(try await store.sealedImage(first.id, size: size, of: intruder) == nil)
            }
            #expect(try await store.deletePhoto(first.id, of: intruder) == false)
            #expect(try await store.comparison(comparison.id, of: intruder) == nil)
            #expect(try await store.comparisons(of: intruder).isEmpty)
            let choice = PhotoComparison.Choice(smoother: .left, at: Fixture.now)
            #expect(try await store.recordChoice(choice, for: comparison.id, of: intruder) == false)

            // Untouched for the owner.
            #expect(try await store.photos(of: owner) == [first, second])
            #expect(try await store.comparison(comparison.id, of: owner) == comparison)
        }
    }

    @Test(arguments: TrackerBackend.available)
    func aComparisonTakesOneAnswerOnly(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let comparison = PhotoComparison(
                id: PhotoComparison.ID(UUID()), view: .rightSide,
                left: .init(photo: Photo.ID(UUID()), date: Fixture.day(0)),
                right: .init(photo: Photo.ID(UUID()), date: Fixture.day(-60)), createdAt: Fixture.now, choice: nil)
            try await store.createComparison(comparison, of: account)

            let first = PhotoComparison.Choice(smoother: .left, at: Fixture.now + 30)
            #expect(try await store.recordChoice(first, for: comparison.id, of: account))
            let second = PhotoComparison.Choice(smoother: .right, at: Fixture.now + 60)
            #expect(try await store.recordChoice(second, for: comparison.id, of: account) == false)

            let stored = try #require(try await store.comparison(comparison.id, of: account))
            #expect(stored.choice == first)
            #expect(stored.laterLooksSmoother == true)
            #expect(try await store.comparisons(of: account) == [stored])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func deletingAPhotoTakesItsImagesAndOnlyItsUnansweredComparisons(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let baseline = Self.photo(on: Fixture.day(-90))
            let latest = Self.photo(on: Fixture.day(0))
            let kept = Self.photo(.leftSide, on: Fixture.day(0))
            for (index, photo) in [baseline, latest, kept].enumerated() {
                try await store.createPhoto(photo, sealed: Self.sealed(UInt8(index)), of: account)
            }
            func comparison(at offset: TimeInterval) -> PhotoComparison {
                PhotoComparison(
                    id: PhotoComparison.ID(UUID()), view: .backRelaxed,
                    left: .init(photo: baseline.id, date: baseline.date),
                    right: .init(photo: latest.id, date: latest.date), createdAt: Fixture.now + offset, choice: nil)
            }
            let answered = comparison(at: 1)
            let waiting = comparison(at: 2)
            try await store.createComparison(answered, of: account)
            try await store.createComparison(waiting, of: account)
            let choice = PhotoComparison.Choice(smoother: .same, at: Fixture.now + 3)
            #expect(try await store.recordChoice(choice, for: answered.id, of: account))

            #expect(try await store.deletePhoto(latest.id, of: account))
            #expect(try await store.deletePhoto(latest.id, of: account) == false)
            #expect(try await store.photo(latest.id, of: account) == nil)
            for size in PhotoSize.allCases {
                #expect(try await store.sealedImage(latest.id, size: size, of: account) == nil)
            }
            #expect(try await store.photos(of: account) == [baseline, kept])
            // The answered one is history, dates and all; the waiting one can no longer be shown.
            #expect(try await store.comparisons(of: account).map(\.id) == [answered.id])
        }
    }

    @Test(arguments: TrackerBackend.available)
    func deletingACheckInDeletesItsPhotosOnly(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let account = try await Fixture.createAccount(in: store)
            let checkIn = try Fixture.checkIn()
            let other = try Fixture.checkIn()
            try await store.createCheckIn(checkIn, of: account)
            try await store.createCheckIn(other, of: account)
            let ofCheckIn = [Self.photo(checkIn: checkIn.id), Self.photo(.backTensed, checkIn: checkIn.id)]
            let ofOther = Self.photo(.leftSide, checkIn: other.id)
            let loose = Self.photo(.rightSide)
            for (index, photo) in (ofCheckIn + [ofOther, loose]).enumerated() {
                try await store.createPhoto(photo, sealed: Self.sealed(UInt8(index)), of: account)
            }

            #expect(try await store.deleteCheckIn(checkIn.id, of: account))
            #expect(Set(try await store.photos(of: account)) == [ofOther, loose])
            for photo in ofCheckIn {
                #expect(try await store.sealedImage(photo.id, size: .full, of: account) == nil)
            }
        }
    }

    @Test(arguments: TrackerBackend.available)
    func deletingTheAccountDeletesEveryPhotoAndComparison(backend: TrackerBackend) async throws {
        try await backend.withStore { store in
            let leaving = try await Fixture.createAccount(in: store)
            let staying = try await Fixture.createAccount(in: store)
            let gone = Self.photo()
            let kept = Self.photo()
            try await store.createPhoto(gone, sealed: Self.sealed(1), of: leaving)
            try await store.createPhoto(kept, sealed: Self.sealed(2), of: staying)
            let comparison = PhotoComparison(
                id: PhotoComparison.ID(UUID()), view: .backRelaxed, left: .init(photo: gone.id, date: gone.date),
                right: .init(photo: gone.id, date: gone.date), createdAt: Fixture.now, choice: nil)
            try await store.createComparison(comparison, of: leaving)

            try await store.delete(leaving)

            #expect(try await store.photos(of: leaving).isEmpty)
            #expect(try await store.sealedImage(gone.id, size: .full, of: leaving) == nil)
            #expect(try await store.comparisons(of: leaving).isEmpty)
            #expect(try await store.photos(of: staying) == [kept])
            #expect(try await store.sealedImage(kept.id, size: .full, of: staying) == Self.sealed(2).full)
        }
    }
}
