import FluentKit

/// A photo's two renditions, AES-GCM sealed by the web layer: the full image (long edge at most
/// 2,048 px) and the thumbnail (320 px). One row per photo, keyed by its id.
public struct CreatePhotoImages: AsyncMigration {
    public static let schema = "photo_images"

    public var name: String { "CreatePhotoImages" }

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field(
                "photo_id", .uuid, .identifier(auto: false), .references(CreatePhotos.schema, .id, onDelete: .cascade)
            )
            .field("full_sealed", .data, .required)
            .field("thumbnail_sealed", .data, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
