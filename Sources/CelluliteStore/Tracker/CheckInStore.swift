import CelluliteKit

/// Check-ins, always reached through their account: another account's id finds nothing.
public protocol CheckInStore: Sendable {
    func createCheckIn(_ checkIn: CheckIn, of account: Account.ID) async throws
    func checkIn(_ id: CheckIn.ID, of account: Account.ID) async throws -> CheckIn?
    /// Oldest first (by date, then by when they were recorded).
    func checkIns(of account: Account.ID) async throws -> [CheckIn]
    /// The last `limit` of `checkIns(of:)`, oldest first, read alone: a page that shows only the
    /// recent ones must not cost a read of the whole history.
    func latestCheckIns(of account: Account.ID, limit: Int) async throws -> [CheckIn]
    /// Replaces the stored check-in with the same id; false when the account has none.
    func replaceCheckIn(_ checkIn: CheckIn, of account: Account.ID) async throws -> Bool
    /// False when the account has no check-in with this id. Its photos go with it.
    func deleteCheckIn(_ id: CheckIn.ID, of account: Account.ID) async throws -> Bool
}

/// Everything the tracker stores, as one value `configure` wires up and tests swap.
public typealias TrackerStore = AccountStore & CheckInStore & DashboardStore & LoginAttemptStore & PhotoStore
    & ProfileStore & RoutineStore & TokenStore
