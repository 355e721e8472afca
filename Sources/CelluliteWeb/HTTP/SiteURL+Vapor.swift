import CelluliteViews
import Vapor

extension SiteURL.Query {
    /// The parameters percent-encoded as every address on the site writes them.
    init(_ parameters: QueryParameters) {
        self.init(encoded: parameters.encoded())
    }
}

extension SiteURL {
    /// The route that serves this address: its path's segments, with a treatment's slug as the
    /// `slug` parameter.
    var pathComponents: [PathComponent] {
        if case .treatment = self { return SiteURL.treatments.pathComponents + [.parameter(Self.slugParameter)] }
        return path.split(separator: "/").map { .constant(String($0)) }
    }

    static let slugParameter = "slug"
}
