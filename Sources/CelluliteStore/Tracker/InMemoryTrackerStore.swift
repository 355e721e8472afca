import CelluliteKit
import Foundation

/// The whole tracker store in memory, for fast tests; the store contract suite holds it to the
/// same behaviour as the database one.
public actor InMemoryTrackerStore: TrackerStore {
    private var accounts: [Account.ID: StoredAccount] = [:]
    private var tokens: [String: StoredToken] = [:]
    private var failures: [String: [Date]] = [:]
    private var profiles: [Account.ID: SavedProfile] = [:]
    private var routineVersions: [Account.ID: [LocalDate: RoutineVersion]] = [:]
    private var days: [Account.ID: [LocalDate: RoutineDay]] = [:]
    private var checkInsByAccount: [Account.ID: [CheckIn.ID: CheckIn]] = [:]
    private var photosByAccount: [Account.ID: [Photo.ID: (photo: Photo, sealed: SealedPhoto)]] = [:]
    private var comparisonsByAccount: [Account.ID: [PhotoComparison.ID: PhotoComparison]] = [:]

    public init() {}

    // MARK: Accounts

    public func create(_ account: StoredAccount) throws {
        guard !accounts.values.contains(where: { $0.account.email == account.account.email }) else {
            throw StoreError.emailTaken
        }
        accounts[account.account.id] = account
    }

    public func account(id: Account.ID) -> StoredAccount? { accounts[id] }

    public func account(email: Email) -> StoredAccount? {
        accounts.values.first { $0.account.email == email }
    }

    public func setPasswordHash(_ hash: String, of id: Account.ID) {
        accounts[id]?.passwordHash = hash
    }

    public func delete(_ id: Account.ID) {
        accounts[id] = nil
        tokens = tokens.filter { $0.value.account != id }
        profiles[id] = nil
        routineVersions[id] = nil
        days[id] = nil
        checkInsByAccount[id] = nil
        photosByAccount[id] = nil
        comparisonsByAccount[id] = nil
    }

    // MARK: Tokens

    public func create(_ token: StoredToken) {
        tokens[token.hash] = token
    }

    public func account(forTokenHash hash: String, now: Date) -> Account.ID? {
        guard let token = tokens[hash], token.expiresAt > now else { return nil }
        return token.account
    }

    public func deleteToken(hash: String) {
        tokens[hash] = nil
    }

    public func deleteTokens(of account: Account.ID, keeping: String?) {
        tokens = tokens.filter { $0.value.account != account || $0.key == keeping }
    }

    public func purgeExpiredTokens(now: Date) -> Int {
        let before = tokens.count
        tokens = tokens.filter { $0.value.expiresAt > now }
        return before - tokens.count
    }

    // MARK: Failed log-ins

    public func recordFailedLogin(keys: [String], at time: Date) {
        for key in keys { failures[key, default: []].append(time) }
    }

    public func failedLogins(key: String, since: Date) -> [Date] {
        (failures[key] ?? []).filter { $0 >= since }.sorted()
    }

    public func clearFailedLogins(key: String) {
        failures[key] = nil
    }

    public func purgeFailedLogins(before: Date) -> Int {
        var removed = 0
        for (key, times) in failures {
            let kept = times.filter { $0 >= before }
            removed += times.count - kept.count
            failures[key] = kept.isEmpty ? nil : kept
        }
        return removed
    }

    // MARK: Profile and routine

    public func saveProfile(_ profile: SavedProfile, of account: Account.ID) {
        profiles[account] = profile
    }

    public func profile(of account: Account.ID) -> SavedProfile? { profiles[account] }

    public func routineHistory(of account: Account.ID) -> RoutineHistory {
        RoutineHistory(versions: Array((routineVersions[account] ?? [:]).values))
    }

    public func adoptRoutine(_ version: RoutineVersion, of account: Account.ID) {
        routineVersions[account, default: [:]][version.effectiveFrom] = version
    }

    public func recordRoutineDay(_ day: RoutineDay, of account: Account.ID) {
        days[account, default: [:]][day.date] = day
    }

    public func routineDays(of account: Account.ID, from: LocalDate, to: LocalDate) -> [RoutineDay] {
        (days[account] ?? [:]).values.filter { $0.date >= from && $0.date <= to }.sorted { $0.date < $1.date }
    }

    public func dashboard(
        of account: Account.ID, routineDaysFrom from: LocalDate, to: LocalDate, latestCheckIns limit: Int
    ) -> DashboardReading {
        DashboardReading(
            account: accounts[account], routineHistory: routineHistory(of: account),
            routineDays: routineDays(of: account, from: from, to: to),
            latestCheckIns: latestCheckIns(of: account, limit: limit), profile: profile(of: account))
    }

    // MARK: Check-ins

    public func createCheckIn(_ checkIn: CheckIn, of account: Account.ID) {
        checkInsByAccount[account, default: [:]][checkIn.id] = checkIn
    }

    public func checkIn(_ id: CheckIn.ID, of account: Account.ID) -> CheckIn? {
        checkInsByAccount[account]?[id]
    }

    public func checkIns(of account: Account.ID) -> [CheckIn] {
        (checkInsByAccount[account] ?? [:]).values.sorted(by: CheckIn.chronologically)
    }

    public func latestCheckIns(of account: Account.ID, limit: Int) -> [CheckIn] {
        Array(checkIns(of: account).suffix(max(limit, 0)))
    }

    public func replaceCheckIn(_ checkIn: CheckIn, of account: Account.ID) -> Bool {
        guard checkInsByAccount[account]?[checkIn.id] != nil else { return false }
        checkInsByAccount[account]?[checkIn.id] = checkIn
        return true
    }

    public func deleteCheckIn(_ id: CheckIn.ID, of account: Account.ID) -> Bool {
        guard checkInsByAccount[account]?.removeValue(forKey: id) != nil else { return false }
        for (photo, entry) in photosByAccount[account] ?? [:] where entry.photo.checkIn == id {
            _ = deletePhoto(photo, of: account)
        }
        return true
    }

    // MARK: Photos

    public func createPhoto(_ photo: Photo, sealed: SealedPhoto, of account: Account.ID) {
        photosByAccount[account, default: [:]][photo.id] = (photo, sealed)
    }

    public func photo(_ id: Photo.ID, of account: Account.ID) -> Photo? {
        photosByAccount[account]?[id]?.photo
    }

    public func photos(of account: Account.ID) -> [Photo] {
        (photosByAccount[account] ?? [:]).values.map(\.photo).sorted(by: Photo.chronologically)
    }

    public func sealedImage(_ id: Photo.ID, size: PhotoSize, of account: Account.ID) -> [UInt8]? {
        guard let sealed = photosByAccount[account]?[id]?.sealed else { return nil }
        return size == .full ? sealed.full : sealed.thumbnail
    }

    public func deletePhoto(_ id: Photo.ID, of account: Account.ID) -> Bool {
        guard photosByAccount[account]?.removeValue(forKey: id) != nil else { return false }
        comparisonsByAccount[account] = comparisonsByAccount[account]?.filter { _, comparison in
            comparison.choice != nil || (comparison.left.photo != id && comparison.right.photo != id)
        }
        return true
    }

    public func createComparison(_ comparison: PhotoComparison, of account: Account.ID) {
        comparisonsByAccount[account, default: [:]][comparison.id] = comparison
    }

    public func comparison(_ id: PhotoComparison.ID, of account: Account.ID) -> PhotoComparison? {
        comparisonsByAccount[account]?[id]
    }

    public func comparisons(of account: Account.ID) -> [PhotoComparison] {
        (comparisonsByAccount[account] ?? [:]).values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    public func recordChoice(
        _ choice: PhotoComparison.Choice, for id: PhotoComparison.ID, of account: Account.ID
    ) -> Bool {
        guard let comparison = comparisonsByAccount[account]?[id],
            let chosen = try? comparison.choosing(choice.smoother, at: choice.at)
        else { return false }
        comparisonsByAccount[account]?[id] = chosen
        return true
    }
}
