/// What a file's content says it is. Never its name or its declared content type.
public enum PhotoFormat: String, Sendable {
    case jpeg, png
}

/// A photo's header, read before any pixel is decoded.
public struct PhotoHeader: Sendable, Equatable {
    public let format: PhotoFormat
    public let width: Int
    public let height: Int
    /// The EXIF orientation (1–8); 1 when there is none or it cannot be read.
    public let orientation: Int
}

/// The bounds of a re-encode.
public struct ImagingLimits: Sendable, Equatable {
    /// Refused from the header, before decoding: a small file can claim a huge image.
    public var maxPixels: Int
    /// The stored image's long edge at most.
    public var longEdge: Int
    public var thumbnailEdge: Int
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

    /// ARCHITECTURE 3.7: 40 megapixels, 2,048 px stored, 320 px thumbnails.
    public static let standard = ImagingLimits()
}

/// A JPEG this library wrote: a JFIF header and pixels, nothing else.
public struct EncodedJPEG: Sendable, Equatable {
    public let bytes: [UInt8]
    public let width: Int
    public let height: Int
}

/// The two renditions kept of an upload.
public struct ReencodedPhoto: Sendable, Equatable {
    public let full: EncodedJPEG
    public let thumbnail: EncodedJPEG
}

/// 8-bit RGB pixels, row by row.
public struct RGBImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0 && pixels.count == width * height * 3, "RGB pixels of width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The colour at (x, y).
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let index = (y * width + x) * 3
        return (pixels[index], pixels[index + 1], pixels[index + 2])
    }
}
