import Foundation

/// A progress photo as stored: only its facts. The pixels are a re-encoded copy kept encrypted
/// by the photo store; nothing here says where they are.
public struct Photo: Sendable, Hashable, Identifiable {
    public typealias ID = TypedID<Photo>

    public let id: ID
    public let view: PhotoView
    /// The day it was taken, as the person says (never read from the file: its metadata is dropped).
    public let date: LocalDate
    /// The check-in it belongs to, if any; deleting that check-in deletes the photo.
    public let checkIn: CheckIn.ID?
    /// Of the stored (re-encoded, upright) image.
    public let width: Int
    public let height: Int
    public let createdAt: Date

    public init(
        id: ID, view: PhotoView, date: LocalDate, checkIn: CheckIn.ID?, width: Int, height: Int, createdAt: Date
    ) {
        self.id = id
        self.view = view
        self.date = date
        self.checkIn = checkIn
        self.width = width
        self.height = height
        self.createdAt = createdAt
    }

    /// Oldest first: by date, then by when it was uploaded, then by id so the order is total.
    public static func chronologically(_ lhs: Photo, _ rhs: Photo) -> Bool {
        (lhs.date, lhs.createdAt, lhs.id) < (rhs.date, rhs.createdAt, rhs.id)
    }

    /// The first photo of each view: what later ones are compared with unless the person picks another.
    public static func baselines(of photos: [Photo]) -> [PhotoView: Photo] {
        var baselines: [PhotoView: Photo] = [:]
        for photo in photos.sorted(by: chronologically) where baselines[photo.view] == nil {
            baselines[photo.view] = photo
        }
        return baselines
    }
}

extension Photo: Encodable {
    private enum CodingKeys: String, CodingKey { case id, view, date, checkin, width, height, createdAt }

    /// `{"id", "view", "date", "checkin", "width", "height", "createdAt"}`; `checkin` is null when none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(view, forKey: .view)
        try container.encode(date, forKey: .date)
        try container.encode(checkIn, forKey: .checkin)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(UTCTimestamp(createdAt).rfc3339, forKey: .createdAt)
    }
}
