import CelluliteKit

/// The routine's versions (each plan saved adopts one from its day) and the ticked days.
public protocol RoutineStore: Sendable {
    func routineHistory(of account: Account.ID) async throws -> RoutineHistory
    /// Adds the version; one from the same day replaces it (the last save of a day wins).
    func adoptRoutine(_ version: RoutineVersion, of account: Account.ID) async throws
    /// Stores the day's ticks, replacing what that date held.
    func recordRoutineDay(_ day: RoutineDay, of account: Account.ID) async throws
    /// The recorded days from `from` to `to`, both included, oldest first.
    func routineDays(of account: Account.ID, from: LocalDate, to: LocalDate) async throws -> [RoutineDay]
}
