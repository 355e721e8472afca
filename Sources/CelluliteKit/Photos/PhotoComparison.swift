import Foundation

/// A blinded self-rating (ARCHITECTURE 3.7): two photos of one view, shown in random order and
/// without dates; the person says which looks smoother, and only then learns which was later.
/// The dates are kept here, so the result outlives the photos.
public struct PhotoComparison: Sendable, Hashable, Identifiable {
    public typealias ID = TypedID<PhotoComparison>

    public struct Side: Sendable, Hashable {
        public let photo: Photo.ID
        public let date: LocalDate

        public init(photo: Photo.ID, date: LocalDate) {
            self.photo = photo
            self.date = date
        }
    }

    public enum Smoother: String, Sendable, Hashable, CaseIterable, Codable {
        case left, right, same
    }

    public struct Choice: Sendable, Hashable {
        public let smoother: Smoother
        public let at: Date

        public init(smoother: Smoother, at: Date) {
            self.smoother = smoother
            self.at = at
        }
    }

    public let id: ID
    public let view: PhotoView
    public let left: Side
    public let right: Side
    public let createdAt: Date
    public let choice: Choice?

    public init(id: ID, view: PhotoView, left: Side, right: Side, createdAt: Date, choice: Choice?) {
        self.id = id
        self.view = view
        self.left = left
        self.right = right
        self.createdAt = createdAt
        self.choice = choice
    }

    /// The baseline (first photo of the view) against the latest photo taken on a later day, sides
    /// decided by `generator`: the person cannot know which is which.
    public static func blinded(
        id: ID, view: PhotoView, photos: [Photo], createdAt: Date, using generator: inout some RandomNumberGenerator
    ) throws(PhotoError) -> PhotoComparison {
        let ofView = photos.filter { $0.view == view }.sorted(by: Photo.chronologically)
        guard let baseline = ofView.first, let latest = ofView.last(where: { $0.date > baseline.date }) else {
            throw .notEnoughPhotos(view)
        }
        let pair = [baseline, latest].map { Side(photo: $0.id, date: $0.date) }
        let laterOnLeft = Bool.random(using: &generator)
        return PhotoComparison(
            id: id, view: view, left: pair[laterOnLeft ? 1 : 0], right: pair[laterOnLeft ? 0 : 1],
            createdAt: createdAt, choice: nil)
    }

    /// The same comparison with the person's answer; a second answer is refused.
    public func choosing(_ smoother: Smoother, at time: Date) throws(PhotoError) -> PhotoComparison {
        guard choice == nil else { throw .alreadyChosen }
        return PhotoComparison(
            id: id, view: view, left: left, right: right, createdAt: createdAt,
            choice: Choice(smoother: smoother, at: time))
    }

    /// True when the person picked the later photo as smoother; false for the earlier one or
    /// "same"; nil before they chose.
    public var laterLooksSmoother: Bool? {
        guard let choice else { return nil }
        switch choice.smoother {
        case .left: return left.date > right.date
        case .right: return right.date > left.date
        case .same: return false
        }
    }
}

extension PhotoComparison: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, view, left, right, smoother, laterLooksSmoother, createdAt, chosenAt
    }
    private enum SideKeys: String, CodingKey { case photo, date }

    /// The whole record, dates included: the export's and the history's shape (the blinded
    /// response that hides the dates is the web layer's).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(view, forKey: .view)
        for (key, side) in [(CodingKeys.left, left), (.right, right)] {
            var nested = container.nestedContainer(keyedBy: SideKeys.self, forKey: key)
            try nested.encode(side.photo, forKey: .photo)
            try nested.encode(side.date, forKey: .date)
        }
        try container.encode(choice?.smoother, forKey: .smoother)
        try container.encode(laterLooksSmoother, forKey: .laterLooksSmoother)
        try container.encode(UTCTimestamp(createdAt).rfc3339, forKey: .createdAt)
        try container.encode(choice.map { UTCTimestamp($0.at).rfc3339 }, forKey: .chosenAt)
    }
}
