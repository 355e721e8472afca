/// The bounds of a re-encode.
public struct ImagingLimits: Sendable, Equatable {
    /// Refused from the header, before decoding: a small file can claim a huge image.
    public var maxPixels: Int
    /// The stored image's long edge at most (never scaled up to it).
    public var longEdge: Int
    /// The thumbnail's long edge at most.
    public var thumbnailEdge: Int
    /// JPEG quality (1–100) of the stored image and of the thumbnail.
    public var quality: Int
    public var thumbnailQuality: Int

    public init(
        maxPixels: Int = 40_000_000, longEdge: Int = 2_048, thumbnailEdge: Int = 320, quality: Int = 85,
        thumbnailQuality: Int = 80
    ) {
        self.maxPixels = maxPixels
        self.longEdge = longEdge
        self.thumbnailEdge = thumbnailEdge
        self.quality = quality
        self.thumbnailQuality = thumbnailQuality
    }

    /// 40 megapixels, 2,048 px stored, 320 px thumbnails.
    public static let standard = ImagingLimits()
}
