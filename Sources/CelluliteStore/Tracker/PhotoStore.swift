import CelluliteKit

/// The two stored renditions of a photo, already encrypted: the store keeps bytes it cannot read.
public struct SealedPhoto: Sendable, Hashable {
    public var full: [UInt8]
    public var thumbnail: [UInt8]

    public init(full: [UInt8], thumbnail: [UInt8]) {
        self.full = full
        self.thumbnail = thumbnail
    }
}

/// Which rendition to read.
public enum PhotoSize: String, Sendable, Hashable, CaseIterable {
    case full
    /// Long edge at most 320 px.
    case thumbnail
}

/// Progress photos and blinded comparisons, always reached through their account. The images
/// live in the database beside the rows, so every app server sharing it serves every photo.
public protocol PhotoStore: Sendable {
    func createPhoto(_ photo: Photo, sealed: SealedPhoto, of account: Account.ID) async throws
    func photo(_ id: Photo.ID, of account: Account.ID) async throws -> Photo?
    /// Oldest first (`Photo.chronologically`).
    func photos(of account: Account.ID) async throws -> [Photo]
    /// The sealed bytes of one rendition; nil when the account has no such photo.
    func sealedImage(_ id: Photo.ID, size: PhotoSize, of account: Account.ID) async throws -> [UInt8]?
    /// Removes the photo, its images and any comparison of it still waiting for an answer (answered
    /// ones keep their dates); false when the account has no such photo.
    func deletePhoto(_ id: Photo.ID, of account: Account.ID) async throws -> Bool

    func createComparison(_ comparison: PhotoComparison, of account: Account.ID) async throws
    func comparison(_ id: PhotoComparison.ID, of account: Account.ID) async throws -> PhotoComparison?
    /// Oldest first.
    func comparisons(of account: Account.ID) async throws -> [PhotoComparison]
    /// Records the answer unless one is recorded already, in one step (two answers racing: one
    /// wins); false when there is no such comparison or it was answered.
    func recordChoice(_ choice: PhotoComparison.Choice, for id: PhotoComparison.ID, of account: Account.ID)
        async throws -> Bool
}
