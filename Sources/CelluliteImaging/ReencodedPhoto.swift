/// A JPEG this library wrote: a JFIF header and pixels, nothing else.
public struct EncodedJPEG: Sendable, Equatable {
    public let bytes: [UInt8]
    public let width: Int
    public let height: Int
}

/// The two renditions kept of an upload, both upright (orientation 1) and free of metadata.
public struct ReencodedPhoto: Sendable, Equatable {
    public let full: EncodedJPEG
    public let thumbnail: EncodedJPEG
}
