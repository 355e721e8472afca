/// Why a file was not taken. Nothing is kept of it.
public enum ImagingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No bytes at all.
    case empty
    /// Neither a JPEG nor a PNG by its content (a GIF, text, HTML named .jpg, ...).
    case unsupportedFormat
    /// The header claims more pixels than allowed; refused before decoding.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// The library could not read it (truncated, corrupt, an unsupported variant): its words.
    case undecodable(reason: String)

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .unsupportedFormat: "the file is not a JPEG or PNG image"
        case let .tooManyPixels(width, height, limit): "\(width) × \(height) pixels is over the limit of \(limit)"
        case .undecodable(let reason): "the image cannot be read: \(reason)"
        }
    }
}
