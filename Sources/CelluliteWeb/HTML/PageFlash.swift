import Vapor

/// A note for the next page only (Post/Redirect/Get), kept in the session.
enum PageFlash {
    private static let key = "flash"

    static func set(_ request: Request, _ note: String) {
        request.session.data[key] = note
    }

    static func take(_ request: Request) -> String? {
        defer { request.session.data[key] = nil }
        return request.session.data[key]
    }
}
