/// A photo's header, read before any pixel is decoded.
public struct PhotoHeader: Sendable, Equatable {
    public let format: PhotoFormat
    /// As stored, before the orientation is applied.
    public let width: Int
    public let height: Int
    /// The EXIF orientation (1–8); 1 when there is none or it cannot be read.
    public let orientation: Int

    public init(format: PhotoFormat, width: Int, height: Int, orientation: Int) {
        self.format = format
        self.width = width
        self.height = height
        self.orientation = orientation
    }
}
