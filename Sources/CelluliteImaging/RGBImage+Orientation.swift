import CImaging

extension RGBImage {
    /// Turned and mirrored as EXIF `orientation` says, so it displays upright with none: for 5–8
    /// width and height swap. Anything but 2–8 leaves it as it is.
    func oriented(_ orientation: Int) throws(ImagingError) -> RGBImage {
        guard (2...8).contains(orientation) else { return self }
        return try pixels.withUnsafeBufferPointer { source throws(ImagingError) in
            try ShimCall.pixels(size.oriented(orientation)) { result in
                cim_orient(source.baseAddress, Int32(width), Int32(height), Int32(orientation), result)
            }
        }
    }
}
