import CelluliteKit

/// What the dashboard shows of one account, read together.
public struct DashboardReading: Sendable, Hashable {
    /// Nil when the account is gone; everything else is then empty.
    public var account: StoredAccount?
    public var routineHistory: RoutineHistory
    /// Oldest first, as `routineDays(of:from:to:)`.
    public var routineDays: [RoutineDay]
    /// Oldest first, as `latestCheckIns(of:limit:)`.
    public var latestCheckIns: [CheckIn]
    public var profile: SavedProfile?

    public init(
        account: StoredAccount?, routineHistory: RoutineHistory, routineDays: [RoutineDay],
        latestCheckIns: [CheckIn], profile: SavedProfile?
    ) {
        self.account = account
        self.routineHistory = routineHistory
        self.routineDays = routineDays
        self.latestCheckIns = latestCheckIns
        self.profile = profile
    }
}

public protocol DashboardStore: Sendable {
    /// The values of `account(id:)`, `routineHistory(of:)`, `routineDays(of:from:to:)`,
    /// `latestCheckIns(of:limit:)` and `profile(of:)` at once: one statement on a database, where
    /// five made every dashboard view five trips through the pool and the database.
    func dashboard(
        of account: Account.ID, routineDaysFrom from: LocalDate, to: LocalDate, latestCheckIns limit: Int
    ) async throws -> DashboardReading
}
