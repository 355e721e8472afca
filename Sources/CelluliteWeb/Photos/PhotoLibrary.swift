import CelluliteImaging
import CelluliteKit
import CelluliteStore
import Foundation
import NIOCore

/// A person's photos for the API and the pages alike. An upload becomes a stored photo here: fields checked, the
/// file re-encoded (the only copy ever kept is the new JPEG: the upload's bytes live in memory
/// only), both renditions sealed, then one store write. Any failure stores nothing.
struct PhotoLibrary: Sendable {
    let store: any TrackerStore
    let vault: PhotoVault
    let decoders: PhotoDecoders
    let ids: IDGenerator
    let clock: any WallClock
    let limits: ImagingLimits
    let maxPhotoBytes: Int

    /// The upload as received: the form's fields and the file's bytes, if one was sent.
    struct Upload: Sendable {
        var draft: PhotoDraft
        var file: ByteBuffer?
    }

    func accept(_ upload: Upload, of account: Account.ID, today: LocalDate) async throws -> Photo {
        var problems: [FieldError] = []
        var checked: PhotoDraft.Checked?
        do {
            checked = try upload.draft.validate(today: today)
        } catch {
            problems = error.fieldErrors
        }
        if upload.file == nil {
            problems.append(FieldError(field: "file", message: "is required: a JPEG or PNG photo"))
        }
        if let id = checked?.checkIn, try await store.checkIn(id, of: account) == nil {
            problems.append(FieldError(field: "checkin", message: "names no check-in of yours"))
        }
        guard let checked, let file = upload.file, problems.isEmpty else { throw PhotoError.invalid(problems) }
        guard file.readableBytes <= maxPhotoBytes else { throw RequestRejection.bodyTooLarge(limit: maxPhotoBytes) }

        // The bytes are copied out of the request on a decoding thread, so the copies that exist
        // at once are the two being decoded, not one per waiting upload.
        let encoded = try await decoders.reencode(file, limits: limits)
        let photo = Photo(
            id: ids.next(), view: checked.view, date: checked.date, checkIn: checked.checkIn,
            width: encoded.full.width, height: encoded.full.height, createdAt: clock.now())
        let sealed = SealedPhoto(
            full: try vault.seal(encoded.full.bytes, photo: photo.id, size: .full),
            thumbnail: try vault.seal(encoded.thumbnail.bytes, photo: photo.id, size: .thumbnail))
        try await store.createPhoto(photo, sealed: sealed, of: account)
        return photo
    }

    /// One side's image of a comparison ("left" or "right"); nil for another side, or when its
    /// photo was deleted.
    func image(
        side: String?, of comparison: PhotoComparison, size: PhotoSize, account: Account.ID
    ) async throws -> [UInt8]? {
        switch side {
        case "left": try await image(comparison.left.photo, size: size, of: account)
        case "right": try await image(comparison.right.photo, size: size, of: account)
        default: nil
        }
    }

    /// The owner's image, opened; nil when the account has no such photo.
    func image(_ id: Photo.ID, size: PhotoSize, of account: Account.ID) async throws -> [UInt8]? {
        guard let sealed = try await store.sealedImage(id, size: size, of: account) else { return nil }
        return try vault.open(sealed, photo: id, size: size)
    }
}

extension PhotoLibrary {
    /// A new blinded comparison of `view`: its baseline against its latest photo, sides at random.
    func startComparison(of view: PhotoView, for account: Account.ID) async throws -> PhotoComparison {
        var generator = SystemRandomNumberGenerator()
        let comparison = try PhotoComparison.blinded(
            id: ids.next(), view: view, photos: try await store.photos(of: account), createdAt: clock.now(),
            using: &generator)
        try await store.createComparison(comparison, of: account)
        return comparison
    }

    /// Records the answer; a comparison answered already (here or by a request racing this one)
    /// is refused with `PhotoError.alreadyChosen`.
    func record(
        _ smoother: PhotoComparison.Smoother, in comparison: PhotoComparison, of account: Account.ID
    ) async throws -> PhotoComparison {
        let chosen = try comparison.choosing(smoother, at: clock.now())
        guard let choice = chosen.choice, try await store.recordChoice(choice, for: comparison.id, of: account) else {
            throw PhotoError.alreadyChosen
        }
        return chosen
    }
}
