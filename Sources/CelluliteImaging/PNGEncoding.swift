import CImaging

/// Writes RGB pixels as a PNG, with libpng's simplified API (tests need PNG input).
public enum PNGEncoding {
    public static func encode(_ image: RGBImage) throws(ImagingError) -> [UInt8] {
        var message = ShimCall.messageBuffer()
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = Int(
            cim_png_encode(image.pixels, Int32(image.width), Int32(image.height), &output, &length, &message))
        let bytes = ShimCall.take(output, count: length)
        guard code == CIM_OK else { throw ShimCall.error(code, message) }
        return bytes
    }
}
