import CImaging

/// Writes RGB pixels as a baseline JPEG (4:2:0): a JFIF header and nothing else, no EXIF, ICC,
/// Adobe or comment segment.
public enum JPEGEncoding {
    public static func encode(_ image: RGBImage, quality: Int) throws(ImagingError) -> [UInt8] {
        try encode { output, length, message in
            cim_jpeg_encode(
                image.pixels, Int32(image.width), Int32(image.height), Int32(clamping: quality), &output, &length,
                &message)
        }
    }

    /// A progressive JPEG, for tests: libjpeg's usual scans, or with `bitByBit` 2,090 of them
    /// (each coefficient of each component alone, one bit at a time), which decoding refuses.
    static func encodeProgressive(_ image: RGBImage, quality: Int, bitByBit: Bool) throws(ImagingError) -> [UInt8] {
        try encode { output, length, message in
            cim_jpeg_encode_progressive(
                image.pixels, Int32(image.width), Int32(image.height), Int32(clamping: quality), bitByBit ? 1 : 0,
                &output, &length, &message)
        }
    }

    private static func encode(
        _ call: (inout UnsafeMutablePointer<UInt8>?, inout Int, inout [CChar]) -> Int32
    ) throws(ImagingError) -> [UInt8] {
        var message = ShimCall.messageBuffer()
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = Int(call(&output, &length, &message))
        let bytes = ShimCall.take(output, count: length)
        guard code == CIM_OK else { throw ShimCall.error(code, message) }
        return bytes
    }
}
