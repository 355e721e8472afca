/// A width and a height, and the rule every rendition's size follows.
struct PixelSize: Sendable, Equatable {
    var width: Int
    var height: Int

    /// Scaled down, never up, so the long edge is at most `longEdge` (at least 1): the aspect
    /// ratio kept, each side rounded to the nearest pixel (halves up) and at least 1.
    func fitting(longEdge: Int) -> PixelSize {
        let edge = max(1, longEdge)
        let long = max(width, height)
        guard long > edge else { return self }
        // Doubles hold every product exactly here (sides below 2^32, so products below 2^53 in practice).
        func scaled(_ side: Int) -> Int { max(1, Int((Double(side) * Double(edge) / Double(long)).rounded())) }
        return PixelSize(width: scaled(width), height: scaled(height))
    }

    /// Width and height swapped, as EXIF orientations 5–8 show a stored image.
    func oriented(_ orientation: Int) -> PixelSize {
        (5...8).contains(orientation) ? PixelSize(width: height, height: width) : self
    }
}
