import CImaging

/// Takes ownership of a buffer the shim malloc'd: copied into Swift, then freed.
func takeBuffer(_ pointer: UnsafeMutablePointer<UInt8>?, count: Int) -> [UInt8] {
    defer { cim_free(pointer) }
    guard let pointer, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: pointer, count: count))
}

/// The shim's message, in plain words.
func shimMessage(_ buffer: [CChar]) -> String {
    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return text.isEmpty ? "the library refused it" : text
}

func shimError(_ code: Int, _ message: [CChar]) -> ImagingError {
    code == CIM_ERROR_MEMORY ? .undecodable(reason: "out of memory") : .undecodable(reason: shimMessage(message))
}

/// Writes RGB pixels as a baseline JPEG: a JFIF header and nothing else.
public enum JPEGEncoding {
    public static func encode(_ image: RGBImage, quality: Int) throws(ImagingError) -> [UInt8] {
        var message = [CChar](repeating: 0, count: Int(CIM_MESSAGE_LENGTH))
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = Int(
            image.pixels.withUnsafeBufferPointer { pixels in
                cim_jpeg_encode(
                    pixels.baseAddress, Int32(image.width), Int32(image.height), Int32(quality), &output, &length,
                    &message)
            })
        let bytes = takeBuffer(output, count: length)
        guard code == CIM_OK else { throw shimError(code, message) }
        return bytes
    }
}

/// Writes RGB pixels as a PNG (tests need PNG input).
public enum PNGEncoding {
    public static func encode(_ image: RGBImage) throws(ImagingError) -> [UInt8] {
        var message = [CChar](repeating: 0, count: Int(CIM_MESSAGE_LENGTH))
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = Int(
            image.pixels.withUnsafeBufferPointer { pixels in
                cim_png_encode(pixels.baseAddress, Int32(image.width), Int32(image.height), &output, &length, &message)
            })
        let bytes = takeBuffer(output, count: length)
        guard code == CIM_OK else { throw shimError(code, message) }
        return bytes
    }
}

/// Decodes a whole JPEG or PNG to RGB, at full size and as stored (no orientation applied).
public enum PhotoDecoding {
    public static func decode(_ bytes: [UInt8]) throws(ImagingError) -> RGBImage {
        try decode(bytes, format: try ContentSniffing.format(of: bytes), minLongEdge: .max, maxPixels: .max)
    }

    /// `minLongEdge` lets a JPEG decode at 1/2, 1/4 or 1/8 size while its long edge stays at least that.
    static func decode(
        _ bytes: [UInt8], format: PhotoFormat, minLongEdge: Int, maxPixels: Int
    ) throws(ImagingError) -> RGBImage {
        var message = [CChar](repeating: 0, count: Int(CIM_MESSAGE_LENGTH))
        var output: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0
        var height: Int32 = 0
        let minEdge = Int32(clamping: minLongEdge)
        let code = Int(
            bytes.withUnsafeBufferPointer { data in
                switch format {
                case .jpeg:
                    cim_jpeg_decode(
                        data.baseAddress, data.count, minEdge, maxPixels, &output, &width, &height, &message)
                case .png:
                    cim_png_decode(data.baseAddress, data.count, maxPixels, &output, &width, &height, &message)
                }
            })
        let pixels = takeBuffer(output, count: code == CIM_OK ? Int(width) * Int(height) * 3 : 0)
        switch code {
        case CIM_OK: return RGBImage(width: Int(width), height: Int(height), pixels: pixels)
        case CIM_ERROR_TOO_LARGE: throw .tooManyPixels(width: Int(width), height: Int(height), limit: maxPixels)
        default: throw shimError(code, message)
        }
    }
}

extension RGBImage {
    /// Scaled down (never up) so its long edge is at most `longEdge`, keeping the aspect ratio.
    func fitting(longEdge: Int) throws(ImagingError) -> RGBImage {
        let long = max(width, height)
        guard long > longEdge else { return self }
        let newWidth = max(1, Int((Double(width) * Double(longEdge) / Double(long)).rounded()))
        let newHeight = max(1, Int((Double(height) * Double(longEdge) / Double(long)).rounded()))
        var output: UnsafeMutablePointer<UInt8>?
        let code = Int(
            pixels.withUnsafeBufferPointer { source in
                cim_resize(source.baseAddress, Int32(width), Int32(height), Int32(newWidth), Int32(newHeight), &output)
            })
        let result = takeBuffer(output, count: code == CIM_OK ? newWidth * newHeight * 3 : 0)
        guard code == CIM_OK else { throw .undecodable(reason: "cannot scale the image") }
        return RGBImage(width: newWidth, height: newHeight, pixels: result)
    }

    /// Turned and mirrored as EXIF `orientation` says, so it shows upright with none.
    func oriented(_ orientation: Int) throws(ImagingError) -> RGBImage {
        guard (2...8).contains(orientation) else { return self }
        var output: UnsafeMutablePointer<UInt8>?
        var newWidth: Int32 = 0
        var newHeight: Int32 = 0
        let code = Int(
            pixels.withUnsafeBufferPointer { source in
                cim_orient(
                    source.baseAddress, Int32(width), Int32(height), Int32(orientation), &output, &newWidth, &newHeight)
            })
        let result = takeBuffer(output, count: code == CIM_OK ? width * height * 3 : 0)
        guard code == CIM_OK else { throw .undecodable(reason: "cannot turn the image") }
        return RGBImage(width: Int(newWidth), height: Int(newHeight), pixels: result)
    }
}
