import CImaging

extension RGBImage {
    /// Area-averaged (box) down to `size`, which is at most this image's size on each side; the
    /// image itself when it is already that size. Never scales up.
    func resized(to size: PixelSize) throws(ImagingError) -> RGBImage {
        let target = PixelSize(width: min(size.width, width), height: min(size.height, height))
        guard target != self.size else { return self }
        return try pixels.withUnsafeBufferPointer { source throws(ImagingError) in
            try ShimCall.pixels(target) { result in
                cim_resize(
                    source.baseAddress, Int32(width), Int32(height), result, Int32(target.width),
                    Int32(target.height))
            }
        }
    }
}
