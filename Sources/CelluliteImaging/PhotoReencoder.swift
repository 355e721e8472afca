import CImaging

/// The only way a photo gets in: decoded from memory, turned upright, scaled, and written as a
/// new JPEG that carries no metadata at all (no EXIF, GPS, XMP, IPTC, ICC, comment, PNG text).
/// The input is never written anywhere.
public enum PhotoReencoder {
    /// The type (by content), the size (from the header, with no pixel decoded) and the orientation.
    public static func header(
        of bytes: [UInt8], limits: ImagingLimits = .standard
    ) throws(ImagingError) -> PhotoHeader {
        let format = try ContentSniffing.format(of: bytes)
        let size: (width: Int, height: Int)
        switch format {
        case .png:
            size = try ContentSniffing.pngSize(bytes)
        case .jpeg:
            var message = [CChar](repeating: 0, count: Int(CIM_MESSAGE_LENGTH))
            var width: Int32 = 0
            var height: Int32 = 0
            let code = Int(
                bytes.withUnsafeBufferPointer { cim_jpeg_header($0.baseAddress, $0.count, &width, &height, &message) })
            guard code == CIM_OK else { throw shimError(code, message) }
            size = (Int(width), Int(height))
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

    public static func reencode(
        _ bytes: [UInt8], limits: ImagingLimits = .standard
    ) throws(ImagingError) -> ReencodedPhoto {
        let header = try header(of: bytes, limits: limits)
        let decoded = try PhotoDecoding.decode(
            bytes, format: header.format, minLongEdge: limits.longEdge, maxPixels: limits.maxPixels)
        let full = try decoded.fitting(longEdge: limits.longEdge).oriented(header.orientation)
        let thumbnail = try full.fitting(longEdge: limits.thumbnailEdge)
        return ReencodedPhoto(
            full: EncodedJPEG(
                bytes: try JPEGEncoding.encode(full, quality: limits.quality), width: full.width, height: full.height),
            thumbnail: EncodedJPEG(
                bytes: try JPEGEncoding.encode(thumbnail, quality: limits.thumbnailQuality), width: thumbnail.width,
                height: thumbnail.height))
    }
}
