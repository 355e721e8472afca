import CelluliteKit
import Vapor

/// The multipart form of an upload (`file`, `view`, `date`, `checkin`?; pages add `csrfToken`, read by `CSRFMiddleware`),
/// read with Vapor's form-data decoder. Anything but multipart/form-data is a 415.
struct PhotoUploadForm: Decodable, Sendable {
    var file: File?
    var view: String?
    var date: String?
    var checkin: String?

    /// Parsed on a decoding thread: parsing 10 MB must not hold up an event loop.
    static func decode(_ request: Request, on decoders: PhotoDecoders) async throws -> PhotoLibrary.Upload {
        guard let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data",
            let boundary = type.parameters["boundary"]
        else { throw RequestRejection.unsupportedMediaType(expected: "multipart/form-data") }
        let body = request.body.data ?? ByteBuffer()
        let form: PhotoUploadForm
        do {
            form = try await decoders.run {
                try FormDataDecoder().decode(PhotoUploadForm.self, from: body, boundary: boundary)
            }
        } catch  where !(error is DecodingError) {
            // MultipartKit's syntax errors: not a form at all (a field of the wrong kind is a
            // DecodingError, answered as before).
            throw APIError.malformedForm
        }
        // An empty file input still sends a part, with no name and no bytes: that is no file.
        let file = form.file.flatMap { $0.data.readableBytes == 0 && $0.filename.isEmpty ? nil : $0.data }
        return PhotoLibrary.Upload(
            draft: PhotoDraft(view: form.view, date: form.date, checkIn: form.checkin), file: file)
    }
}
