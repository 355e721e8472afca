/// One thing to do each day: a treatment of the plan's `daily` section (ARCHITECTURE 3.3, 3.6).
public struct RoutineItem: Sendable, Hashable, Codable {
    /// The treatment slug, e.g. "caffeine-topical": what a tick names.
    public var treatment: String
    /// Its display name.
    public var name: String

    public init(treatment: String, name: String) {
        self.treatment = treatment
        self.name = name
    }
}

/// The daily home routine: `GET /api/me/routine` returns `{"items": [...]}`.
public struct Routine: Sendable, Hashable, Codable {
    /// In the plan's rank order; each treatment once.
    public var items: [RoutineItem]

    public static let empty = Routine(items: [])

    public init(items: [RoutineItem]) {
        var seen: Set<String> = []
        self.items = items.filter { seen.insert($0.treatment).inserted }
    }

    /// The plan's `daily` section, best ranked first.
    public init(plan: Plan) {
        self.init(
            items: plan.recommendations(in: .daily).sorted { $0.rank < $1.rank }
                .map { RoutineItem(treatment: $0.treatment, name: $0.name) })
    }

    public var treatments: [String] { items.map(\.treatment) }
    public var isEmpty: Bool { items.isEmpty }

    public func contains(_ treatment: String) -> Bool { items.contains { $0.treatment == treatment } }
}

/// A routine and the first day it applies. A new plan starts a new version; earlier days keep
/// the routine that was in force then, so history does not change when the plan does.
public struct RoutineVersion: Sendable, Hashable, Codable {
    public var effectiveFrom: LocalDate
    public var routine: Routine

    public init(effectiveFrom: LocalDate, routine: Routine) {
        self.effectiveFrom = effectiveFrom
        self.routine = routine
    }
}

/// Every routine a person has followed, by the day each took effect.
public struct RoutineHistory: Sendable, Hashable {
    /// Oldest first, at most one per effective date.
    public private(set) var versions: [RoutineVersion]

    public static let empty = RoutineHistory(versions: [])

    /// Versions in any order; of two with the same date, the later in `versions` wins.
    public init(versions: [RoutineVersion]) {
        var byDate: [LocalDate: RoutineVersion] = [:]
        for version in versions { byDate[version.effectiveFrom] = version }
        self.versions = byDate.values.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The routine in force on `date`: the latest version that took effect on or before it;
    /// empty before the first.
    public func routine(on date: LocalDate) -> Routine { version(on: date)?.routine ?? .empty }

    /// The version in force on `date`; nil before the first.
    public func version(on date: LocalDate) -> RoutineVersion? {
        // Binary search for the last version with effectiveFrom <= date.
        var low = 0
        var high = versions.count
        while low < high {
            let middle = (low + high) / 2
            if versions[middle].effectiveFrom <= date { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : versions[low - 1]
    }

    /// The history after a plan is saved on `date`: `routine` applies from that day on. A version
    /// already starting that day is replaced (the last save of a day wins); versions dated after
    /// it, which only a clock set back could make, are dropped because the new plan supersedes them.
    public func adopting(_ routine: Routine, from date: LocalDate) -> RoutineHistory {
        var kept = versions.filter { $0.effectiveFrom < date }
        if kept.last?.routine != routine { kept.append(RoutineVersion(effectiveFrom: date, routine: routine)) }
        return RoutineHistory(versions: kept)
    }
}
