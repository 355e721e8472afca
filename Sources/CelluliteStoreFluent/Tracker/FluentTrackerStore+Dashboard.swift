import CelluliteKit
import CelluliteStore
import SQLKit

extension FluentTrackerStore {
    /// The binds, in order: the account id four times, the first and last routine day, the account
    /// id, the number of check-ins.
    private static let dashboardStatement: SerializedStatement = {
        let place = ""
        let branches: [SQLQueryString] = [
            "\(DashboardBranch.account.select) WHERE \"id\" = \(bind: place)",
            "\(DashboardBranch.profile.select) WHERE \"account_id\" = \(bind: place)",
            "\(DashboardBranch.routineVersion.select) WHERE \"account_id\" = \(bind: place)",
            """
            \(DashboardBranch.routineDay.select) WHERE "account_id" = \(bind: place)
            AND "date" >= \(bind: place) AND "date" <= \(bind: place)
            """,
            // A branch of its own, so that its ORDER BY and LIMIT apply to it alone.
            """
            SELECT * FROM (\(DashboardBranch.checkIn.select) WHERE "account_id" = \(bind: place)
            ORDER BY "date" DESC, "created_at" DESC, "id" DESC LIMIT \(bind: place)) AS "latest"
            """,
        ]
        return SerializedStatement(branches.dropFirst().reduce(branches[0]) { $0 + " UNION ALL " + $1 })
    }()

    /// One `UNION ALL` of the five reads, each branch on its own index: rows of every table in the
    /// same six columns, told apart by `kind`. Each branch's rows are then read by the same
    /// decoders as its own query's (`DashboardBranch.row`), so both ways check a row alike.
    public func dashboard(
        of account: Account.ID, routineDaysFrom from: LocalDate, to: LocalDate, latestCheckIns limit: Int
    ) async throws -> DashboardReading {
        let id = account.uuid
        let rows = try await Self.dashboardStatement.query(
            id, id, id, id, from.iso, to.iso, id, max(limit, 0), on: try sql
        ).all()

        var account: StoredAccount?
        var profile: SavedProfile?
        var versions: [RoutineVersion] = []
        var days: [RoutineDay] = []
        var checkIns: [CheckIn] = []
        for row in rows {
            let kind = try row.decode(column: DashboardBranch.kindColumn, as: String.self)
            guard let branch = DashboardBranch(rawValue: kind) else {
                throw UnreadableStoredValue(table: "dashboard", column: DashboardBranch.kindColumn, reason: kind)
            }
            let columns = branch.row(row)
            switch branch {
            case .account: account = try AccountColumns(columns).storedAccount()
            case .profile: profile = try ProfileColumns(columns).savedProfile()
            case .routineVersion: versions.append(try RoutineVersionColumns(columns).routineVersion())
            case .routineDay: days.append(try RoutineDayColumns(columns).routineDay())
            case .checkIn: checkIns.append(try CheckInColumns(columns).checkIn())
            }
        }
        // A union promises no order: each list is put in its own query's order here.
        return DashboardReading(
            account: account, routineHistory: RoutineHistory(versions: versions),
            routineDays: days.sorted { $0.date < $1.date },
            latestCheckIns: checkIns.sorted(by: CheckIn.chronologically),
            profile: profile)
    }
}

/// A table's part of the dashboard's union: which of its columns fill the union's columns.
enum DashboardBranch: String, CaseIterable {
    case account, profile, routineVersion = "routine_version", routineDay = "routine_day", checkIn = "check_in"

    static let kindColumn = "kind"
    /// The union's columns after `kind`; a branch leaves those it does not use NULL.
    static let columns = ["id", "text1", "text2", "text3", "instant"]

    var table: String {
        switch self {
        case .account: AccountColumns.table
        case .profile: ProfileColumns.table
        case .routineVersion: RoutineVersionColumns.table
        case .routineDay: RoutineDayColumns.table
        case .checkIn: CheckInColumns.table
        }
    }

    /// The union's column each of the table's columns is read into.
    var unionColumn: [String: String] { Self.unionColumns[self]! }

    /// Made once, not on each row read: every case has its entry.
    private static let unionColumns: [DashboardBranch: [String: String]] = [
        .account: ["id": "id", "email": "text1", "password_hash": "text2", "created_at": "instant"],
        .profile: ["profile_json": "text1", "saved_at": "instant"],
        .routineVersion: ["effective_from": "text1", "routine_json": "text2"],
        .routineDay: ["date": "text1", "done_json": "text2"],
        .checkIn: ["id": "id", "date": "text1", "assessment_json": "text2", "notes": "text3", "created_at": "instant"],
    ]

    /// `SELECT '<kind>' AS "kind", <column or NULL> AS "<union column>", … FROM <table>`.
    var select: SQLQueryString {
        let source = Dictionary(uniqueKeysWithValues: unionColumn.map { ($0.value, $0.key) })
        let list = Self.columns.map { column in
            let value: SQLQueryString = source[column].map { "\(ident: $0)" } ?? "NULL"
            return value + " AS \(ident: column)"
        }
        return "SELECT \(literal: rawValue) AS \(ident: Self.kindColumn), "
            + list.dropFirst().reduce(list[0]) { $0 + ", " + $1 } + " FROM \(ident: table)"
    }

    /// The union's row, answering to the table's own column names.
    func row(_ row: any SQLRow) -> any SQLRow { RenamedColumnsRow(row: row, unionColumn: unionColumn) }
}

/// A row read through other column names: `decode(column: "email")` reads the union's "text1".
private struct RenamedColumnsRow: SQLRow {
    let row: any SQLRow
    let unionColumn: [String: String]

    var allColumns: [String] { Array(unionColumn.keys) }

    func contains(column: String) -> Bool { unionColumn[column].map(row.contains(column:)) ?? false }

    func decodeNil(column: String) throws -> Bool { try row.decodeNil(column: renamed(column)) }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        try row.decode(column: renamed(column), as: type)
    }

    private func renamed(_ column: String) throws -> String {
        guard let union = unionColumn[column] else { throw MissingUnionColumn(column: column) }
        return union
    }
}

private struct MissingUnionColumn: Error, CustomStringConvertible {
    let column: String
    var description: String { "the dashboard's union has no column for \(column)" }
}
