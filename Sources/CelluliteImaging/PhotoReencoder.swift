import CImaging

/// The only way a photo gets in: decoded from memory, turned upright, scaled down, and written
/// as a new JPEG that carries no metadata at all (no EXIF, GPS, XMP, IPTC, ICC, comment, PNG
/// text). The input is only read, in memory, never written anywhere. Every call has its own
/// decoder state, so calls may run on any number of threads at once.
public enum PhotoReencoder {
    /// The type (by content), the size (from the header, no pixel decoded) and the orientation.
    /// Throws `tooManyPixels` when the header claims more than `limits.maxPixels`.
    public static func header(
        of bytes: [UInt8], limits: ImagingLimits = .standard
    ) throws(ImagingError) -> PhotoHeader {
        let format = try ContentSniffing.format(of: bytes)
        let size: PixelSize
        switch format {
        case .png:
            size = try ContentSniffing.pngSize(bytes)
        case .jpeg:
            var message = ShimCall.messageBuffer()
            var width: Int32 = 0
            var height: Int32 = 0
            let code = Int(
                bytes.withUnsafeBufferPointer {
                    cim_jpeg_header($0.baseAddress, $0.count, &width, &height, &message)
                })
            guard code == CIM_OK else { throw ShimCall.error(code, message) }
            size = PixelSize(width: Int(width), height: Int(height))
        }
        // A PNG's IHDR holds 32-bit sizes: their product can overflow (the fuzz test found it).
        let (pixels, overflow) = size.width.multipliedReportingOverflow(by: size.height)
        guard !overflow, pixels <= limits.maxPixels else {
            throw .tooManyPixels(width: size.width, height: size.height, limit: limits.maxPixels)
        }
        return PhotoHeader(
            format: format, width: size.width, height: size.height,
            orientation: ExifOrientation.of(bytes, format: format))
    }

    /// The stored rendition (long edge at most `limits.longEdge`) and the thumbnail (at most
    /// `limits.thumbnailEdge`, scaled from the stored one), both upright JPEGs.
    public static func reencode(
        _ bytes: [UInt8], limits: ImagingLimits = .standard
    ) throws(ImagingError) -> ReencodedPhoto {
        let header = try header(of: bytes, limits: limits)
        // The size follows from the header's, whatever DCT scale the decoder picks on the way.
        let stored = PixelSize(width: header.width, height: header.height).fitting(longEdge: limits.longEdge)
        let decoded = try PhotoDecoding.decode(
            bytes, format: header.format, minLongEdge: limits.longEdge, maxPixels: limits.maxPixels)
        let full = try decoded.resized(to: stored).oriented(header.orientation)
        let thumbnail = try full.resized(to: full.size.fitting(longEdge: limits.thumbnailEdge))
        return ReencodedPhoto(
            full: try encoded(full, quality: limits.quality),
            thumbnail: try encoded(thumbnail, quality: limits.thumbnailQuality))
    }

    static func encoded(_ image: RGBImage, quality: Int) throws(ImagingError) -> EncodedJPEG {
        EncodedJPEG(
            bytes: try JPEGEncoding.encode(image, quality: quality), width: image.width, height: image.height)
    }
}
