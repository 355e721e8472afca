import FluentKit
import FluentSQL

/// Fluent's schema builder makes unique constraints but no plain indexes; both drivers speak SQL.
struct DatabaseIsNotSQL: Error, CustomStringConvertible {
    var description: String { "the store needs an SQL database (SQLite or PostgreSQL)" }
}

extension Database {
    /// The database as SQLKit sees it: for indexes, upserts and `RETURNING`, which Fluent's
    /// builders lack, and for the hot reads, which skip Fluent's model decoding.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else { throw DatabaseIsNotSQL() }
            return sql
        }
    }

    /// `CREATE INDEX name ON table (columns…)`, dropped with its table.
    func createIndex(_ name: String, on table: String, columns: String...) async throws {
        var builder = try sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
