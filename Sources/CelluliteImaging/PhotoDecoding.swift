import CImaging

/// Decodes a JPEG or PNG (decided by its content) to RGB pixels, as stored: no orientation applied.
public enum PhotoDecoding {
    /// The whole image at full size (tests check output pixels with it). Still refuses a header
    /// that claims more than the standard limit of pixels.
    public static func decode(_ bytes: [UInt8]) throws(ImagingError) -> RGBImage {
        try decode(
            bytes, format: try ContentSniffing.format(of: bytes), minLongEdge: .max,
            maxPixels: ImagingLimits.standard.maxPixels)
    }

    /// `minLongEdge` lets a JPEG decode at 1/2, 1/4 or 1/8 size (libjpeg's DCT scaling) while its
    /// long edge stays at least that; a PNG always decodes at full size.
    static func decode(
        _ bytes: [UInt8], format: PhotoFormat, minLongEdge: Int, maxPixels: Int
    ) throws(ImagingError) -> RGBImage {
        var message = ShimCall.messageBuffer()
        var output: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0
        var height: Int32 = 0
        let code = Int(
            bytes.withUnsafeBufferPointer { data in
                switch format {
                case .jpeg:
                    cim_jpeg_decode(
                        data.baseAddress, data.count, Int32(clamping: minLongEdge), maxPixels, &output, &width,
                        &height, &message)
                case .png:
                    cim_png_decode(data.baseAddress, data.count, maxPixels, &output, &width, &height, &message)
                }
            })
        let pixels = ShimCall.take(output, count: code == CIM_OK ? Int(width) * Int(height) * 3 : 0)
        switch code {
        case CIM_OK:
            guard width > 0, height > 0 else { throw .undecodable(reason: "the image has no pixels") }
            return RGBImage(width: Int(width), height: Int(height), pixels: pixels)
        case CIM_ERROR_TOO_LARGE: throw .tooManyPixels(width: Int(width), height: Int(height), limit: maxPixels)
        default: throw ShimCall.error(code, message)
        }
    }
}
