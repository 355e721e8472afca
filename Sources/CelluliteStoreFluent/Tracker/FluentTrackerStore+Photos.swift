import CelluliteKit
import CelluliteStore
import FluentKit
import FluentSQL
import Foundation

/// Photos on the app's database: facts in `photos`, sealed images in `photo_images`, blinded
/// ratings in `photo_comparisons`. Every query filters on the account; a photo's image is read
/// through a join on its row, so another account's photo id reads nothing.
extension FluentTrackerStore {
    public func createPhoto(_ photo: Photo, sealed: SealedPhoto, of account: Account.ID) async throws {
        try await writer.transaction { database in
            try await PhotoRow(photo, of: account).create(on: database)
            try await PhotoImageRow(photo: photo.id, sealed: sealed).create(on: database)
        }
    }

    public func photo(_ id: Photo.ID, of account: Account.ID) async throws -> Photo? {
        try await PhotoRow.query(on: try database).filter(\.$id == id.uuid).filter(\.$accountID == account.uuid)
            .first()?.photo()
    }

    public func photos(of account: Account.ID) async throws -> [Photo] {
        try await PhotoRow.query(on: try database).filter(\.$accountID == account.uuid)
            .sort(\.$date, .ascending).sort(\.$createdAt, .ascending).sort(\.$id, .ascending).all()
            .map { try $0.photo() }
    }

    public func sealedImage(_ id: Photo.ID, size: PhotoSize, of account: Account.ID) async throws -> [UInt8]? {
        let column = PhotoImageRow.column(size)
        let row = try await database.sql.select()
            .column(SQLColumn(column, table: CreatePhotoImages.schema))
            .from(CreatePhotoImages.schema)
            .join(
                CreatePhotos.schema, on: SQLColumn("id", table: CreatePhotos.schema), .equal,
                SQLColumn("photo_id", table: CreatePhotoImages.schema)
            )
            .where(SQLColumn("id", table: CreatePhotos.schema), .equal, SQLBind(id.uuid))
            .where(SQLColumn("account_id", table: CreatePhotos.schema), .equal, SQLBind(account.uuid))
            .first()
        return try row.map { [UInt8](try $0.decode(column: column, as: Data.self)) }
    }

    public func deletePhoto(_ id: Photo.ID, of account: Account.ID) async throws -> Bool {
        try await writer.transaction { database in
            try await Self.deletePhotos([id.uuid], of: account.uuid, on: database) > 0
        }
    }

    /// Deletes these photos of the account, their images and their unanswered comparisons, in the
    /// caller's transaction; returns how many photos there were.
    static func deletePhotos(_ ids: [UUID], of account: UUID, on database: any Database) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let owned = try await PhotoRow.query(on: database).filter(\.$accountID == account).filter(\.$id ~~ ids)
            .all(\.$id).compactMap { $0 }
        guard !owned.isEmpty else { return 0 }
        try await PhotoImageRow.query(on: database).filter(\.$id ~~ owned).delete()
        try await PhotoComparisonRow.query(on: database).filter(\.$accountID == account)
            .filter(\.$chosenAt == nil)
            .group(.or) { $0.filter(\.$leftPhotoID ~~ owned).filter(\.$rightPhotoID ~~ owned) }
            .delete()
        try await PhotoRow.query(on: database).filter(\.$id ~~ owned).delete()
        return owned.count
    }

    /// Every photo of the account, for deleting the account.
    static func deleteAllPhotos(of account: UUID, on database: any Database) async throws {
        let ids = try await PhotoRow.query(on: database).filter(\.$accountID == account).all(\.$id).compactMap { $0 }
        if !ids.isEmpty { try await PhotoImageRow.query(on: database).filter(\.$id ~~ ids).delete() }
        try await PhotoComparisonRow.query(on: database).filter(\.$accountID == account).delete()
        try await PhotoRow.query(on: database).filter(\.$accountID == account).delete()
    }

    // MARK: Comparisons

    public func createComparison(_ comparison: PhotoComparison, of account: Account.ID) async throws {
        try await PhotoComparisonRow(comparison, of: account).create(on: try writer)
    }

    public func comparison(_ id: PhotoComparison.ID, of account: Account.ID) async throws -> PhotoComparison? {
        try await PhotoComparisonRow.query(on: try database).filter(\.$id == id.uuid)
            .filter(\.$accountID == account.uuid).first()?.comparison()
    }

    public func comparisons(of account: Account.ID) async throws -> [PhotoComparison] {
        try await PhotoComparisonRow.query(on: try database).filter(\.$accountID == account.uuid)
            .sort(\.$createdAt, .ascending).sort(\.$id, .ascending).all().map { try $0.comparison() }
    }

    /// One conditional update: only a comparison with no answer yet takes one.
    public func recordChoice(
        _ choice: PhotoComparison.Choice, for id: PhotoComparison.ID, of account: Account.ID
    ) async throws -> Bool {
        let updated = try await writer.sql.update(CreatePhotoComparisons.schema)
            .set("smoother", to: SQLBind(choice.smoother.rawValue))
            .set("chosen_at", to: SQLBind(choice.at))
            .where("id", .equal, SQLBind(id.uuid)).where("account_id", .equal, SQLBind(account.uuid))
            .where("chosen_at", .is, SQLLiteral.null)
            .returning("id").all()
        return !updated.isEmpty
    }
}
