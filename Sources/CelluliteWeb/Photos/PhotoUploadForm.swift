import CelluliteKit
import Vapor

/// The multipart form of an upload (`file`, `view`, `date`, `checkin`?; pages add `csrf`),
/// read with Vapor's form-data decoder. Anything but multipart/form-data is a 415.
struct PhotoUploadForm: Decodable {
    var file: File?
    var view: String?
    var date: String?
    var checkin: String?

    static func decode(_ request: Request) throws -> PhotoLibrary.Upload {
        guard request.headers.contentType?.type == "multipart", request.headers.contentType?.subType == "form-data"
        else { throw RequestRejection.unsupportedMediaType(expected: "multipart/form-data") }
        let form = try request.content.decode(PhotoUploadForm.self)
        // An empty file input still sends a part, with no name and no bytes: that is no file.
        let file = form.file.flatMap { $0.data.readableBytes == 0 && $0.filename.isEmpty ? nil : $0.data }
        return PhotoLibrary.Upload(
            draft: PhotoDraft(view: form.view, date: form.date, checkIn: form.checkin), file: file)
    }
}
