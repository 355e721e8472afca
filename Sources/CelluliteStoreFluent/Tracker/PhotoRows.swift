import CelluliteKit
import CelluliteStore
import FluentKit
import Foundation

/// A row of `photos`.
final class PhotoRow: Model, @unchecked Sendable {
    static let schema = CreatePhotos.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "view") var view: String
    @Field(key: "date") var date: String
    @OptionalField(key: "check_in_id") var checkInID: UUID?
    @Field(key: "width") var width: Int
    @Field(key: "height") var height: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ photo: Photo, of account: Account.ID) {
        id = photo.id.uuid
        accountID = account.uuid
        view = photo.view.rawValue
        date = photo.date.iso
        checkInID = photo.checkIn?.uuid
        width = photo.width
        height = photo.height
        createdAt = photo.createdAt
    }

    func photo() throws -> Photo {
        guard let view = PhotoView(rawValue: view) else {
            throw UnreadableStoredValue(table: Self.schema, column: "view", reason: "unknown view \(view)")
        }
        return Photo(
            id: Photo.ID(try requireID()), view: view,
            date: try TrackerColumnCoding.date(date, table: Self.schema, column: "date"),
            checkIn: checkInID.map(CheckIn.ID.init), width: width, height: height, createdAt: createdAt)
    }
}

/// A row of `photo_images`; the id is the photo's.
final class PhotoImageRow: Model, @unchecked Sendable {
    static let schema = CreatePhotoImages.schema

    @ID(custom: "photo_id", generatedBy: .user) var id: UUID?
    @Field(key: "full_sealed") var full: Data
    @Field(key: "thumbnail_sealed") var thumbnail: Data

    init() {}

    init(photo: Photo.ID, sealed: SealedPhoto) {
        id = photo.uuid
        full = Data(sealed.full)
        thumbnail = Data(sealed.thumbnail)
    }

    static func column(_ size: PhotoSize) -> String {
        switch size {
        case .full: "full_sealed"
        case .thumbnail: "thumbnail_sealed"
        }
    }
}

/// A row of `photo_comparisons`.
final class PhotoComparisonRow: Model, @unchecked Sendable {
    static let schema = CreatePhotoComparisons.schema

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "view") var view: String
    @Field(key: "left_photo_id") var leftPhotoID: UUID
    @Field(key: "left_date") var leftDate: String
    @Field(key: "right_photo_id") var rightPhotoID: UUID
    @Field(key: "right_date") var rightDate: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "smoother") var smoother: String?
    @OptionalField(key: "chosen_at") var chosenAt: Date?

    init() {}

    init(_ comparison: PhotoComparison, of account: Account.ID) {
        id = comparison.id.uuid
        accountID = account.uuid
        view = comparison.view.rawValue
        leftPhotoID = comparison.left.photo.uuid
        leftDate = comparison.left.date.iso
        rightPhotoID = comparison.right.photo.uuid
        rightDate = comparison.right.date.iso
        createdAt = comparison.createdAt
        smoother = comparison.choice?.smoother.rawValue
        chosenAt = comparison.choice?.at
    }

    func comparison() throws -> PhotoComparison {
        func unreadable(_ column: String, _ value: String) -> UnreadableStoredValue {
            UnreadableStoredValue(table: Self.schema, column: column, reason: "unknown value \(value)")
        }
        guard let view = PhotoView(rawValue: view) else { throw unreadable("view", view) }
        var choice: PhotoComparison.Choice?
        if let smoother, let chosenAt {
            guard let value = PhotoComparison.Smoother(rawValue: smoother) else {
                throw unreadable("smoother", smoother)
            }
            choice = PhotoComparison.Choice(smoother: value, at: chosenAt)
        }
        return PhotoComparison(
            id: PhotoComparison.ID(try requireID()), view: view,
            left: PhotoComparison.Side(
                photo: Photo.ID(leftPhotoID),
                date: try TrackerColumnCoding.date(leftDate, table: Self.schema, column: "left_date")),
            right: PhotoComparison.Side(
                photo: Photo.ID(rightPhotoID),
                date: try TrackerColumnCoding.date(rightDate, table: Self.schema, column: "right_date")),
            createdAt: createdAt, choice: choice)
    }
}
