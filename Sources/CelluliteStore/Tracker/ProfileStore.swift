import CelluliteKit
import Foundation

/// The answers a person saved; their plan is recomputed from them, so it follows the knowledge base.
public struct SavedProfile: Sendable, Hashable {
    public var profile: Profile
    public var savedAt: Date

    public init(profile: Profile, savedAt: Date) {
        self.profile = profile
        self.savedAt = savedAt
    }
}

public protocol ProfileStore: Sendable {
    /// Saves the profile, replacing the account's previous one.
    func saveProfile(_ profile: SavedProfile, of account: Account.ID) async throws
    func profile(of account: Account.ID) async throws -> SavedProfile?
}
