import CImaging

/// Calling the C shim: its message buffer, its codes as `ImagingError`s, and its malloc'd buffers
/// copied into Swift and freed on every path.
enum ShimCall {
    static func messageBuffer() -> [CChar] { [CChar](repeating: 0, count: Int(CIM_MESSAGE_LENGTH)) }

    /// The shim's message (the library's own words), or a plain default when it left none.
    static func message(_ buffer: [CChar]) -> String {
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "the image library refused it" : text
    }

    static func error(_ code: Int, _ message: [CChar]) -> ImagingError {
        switch code {
        case CIM_ERROR_MEMORY: .undecodable(reason: "not enough memory to decode it")
        case CIM_ERROR_ARGUMENT: .undecodable(reason: "the image has no pixels")
        default: .undecodable(reason: self.message(message))
        }
    }

    /// The buffer's bytes, then the buffer freed (a NULL or empty buffer gives no bytes).
    static func take(_ pointer: UnsafeMutablePointer<UInt8>?, count: Int) -> [UInt8] {
        defer { cim_free(pointer) }
        guard let pointer, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: count))
    }

    /// Pixels written by `fill` into a new buffer of `size` × 3 bytes; `fill` returns the shim's code.
    static func pixels(
        _ size: PixelSize, _ fill: (UnsafeMutablePointer<UInt8>) -> Int32
    ) throws(ImagingError) -> RGBImage {
        var code = Int32(CIM_OK)
        let pixels = [UInt8](unsafeUninitializedCapacity: size.width * size.height * 3) { buffer, count in
            code = fill(buffer.baseAddress!)
            // On failure the bytes are not all written: keep none.
            count = code == CIM_OK ? buffer.count : 0
        }
        guard code == CIM_OK else { throw error(Int(code), messageBuffer()) }
        return RGBImage(width: size.width, height: size.height, pixels: pixels)
    }
}
