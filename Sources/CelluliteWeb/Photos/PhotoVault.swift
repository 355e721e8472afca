import CelluliteKit
import CelluliteStore
import Crypto
import Foundation

/// Seals photos for the store and opens them for their owner: AES-256-GCM under the data key,
/// with the photo's id and rendition as associated data, so a sealed image moved to another row
/// (or the thumbnail swapped for the full image) fails to open instead of showing the wrong photo.
struct PhotoVault: Sendable {
    private let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// Why an image would not open: the wrong key, or bytes changed at rest.
    struct Unopenable: Error, CustomStringConvertible {
        let photo: Photo.ID
        var description: String { "photo \(photo) does not open with this data key (another key, or changed bytes)" }
    }

    /// Nonce, ciphertext and tag, in that order (CryptoKit's combined form).
    func seal(_ image: [UInt8], photo: Photo.ID, size: PhotoSize) throws -> [UInt8] {
        let box = try AES.GCM.seal(image, using: key, authenticating: Self.associatedData(photo, size))
        guard let combined = box.combined else { throw Unopenable(photo: photo) }
        return [UInt8](combined)
    }

    func open(_ sealed: [UInt8], photo: Photo.ID, size: PhotoSize) throws -> [UInt8] {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return [UInt8](try AES.GCM.open(box, using: key, authenticating: Self.associatedData(photo, size)))
        } catch {
            throw Unopenable(photo: photo)
        }
    }

    private static func associatedData(_ photo: Photo.ID, _ size: PhotoSize) -> Data {
        Data("cellulite-photo/v1/\(photo.uuidString)/\(size.rawValue)".utf8)
    }
}
