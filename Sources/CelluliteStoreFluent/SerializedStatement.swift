import SQLKit
import Synchronization

/// A statement whose text depends on the dialect alone, serialized once per dialect and then run
/// with each call's binds. SQLKit serializes a query string on every run, identifier by
/// identifier; for the dashboard's union that cost as much as SQLite's own work (perf, 4 December).
final class SerializedStatement: Sendable {
    private let template: SQLQueryString
    private let texts = Mutex<[String: (sql: String, bindCount: Int)]>([:])

    /// `template`'s binds only hold places: `statement(binds:on:)` supplies the values, in order.
    init(_ template: SQLQueryString) {
        self.template = template
    }

    /// The statement on `database` with `binds`, for `.all()`, `.first()` or `.run()`.
    func query(_ binds: any Encodable & Sendable..., on database: any SQLDatabase) -> SQLRawBuilder {
        database.raw("\(statement(binds: binds, on: database))")
    }

    /// The statement with `binds` in the places of the template's, which they must match in number.
    func statement(binds: [any Encodable & Sendable], on database: any SQLDatabase) -> some SQLExpression {
        let dialect = database.dialect.name
        let text =
            texts.withLock { $0[dialect] }
            ?? {
                var serializer = SQLSerializer(database: database)
                template.serialize(to: &serializer)
                let text = (sql: serializer.sql, bindCount: serializer.binds.count)
                texts.withLock { $0[dialect] = text }
                return text
            }()
        precondition(binds.count == text.bindCount, "\(binds.count) binds for \(text.bindCount) places")
        return SerializedText(sql: text.sql, binds: binds)
    }
}

/// Text already in the dialect, with its binds.
private struct SerializedText: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds.append(contentsOf: binds)
    }
}
