import CelluliteViews
import Vapor

extension SiteURL.Query {
    /// The parameters percent-encoded as every address on the site writes them.
    init(_ parameters: QueryParameters) {
        self.init(encoded: parameters.encoded())
    }
}

extension SiteURL {
    /// The route that serves exactly this address: its path's segments.
    var pathComponents: [PathComponent] {
        path.split(separator: "/").map { .constant(String($0)) }
    }

    /// The route of every treatment's page, `/treatments/:slug`.
    static var treatmentRoute: [PathComponent] { treatments.pathComponents + [.parameter(slugParameter)] }

    static let slugParameter = "slug"
}
