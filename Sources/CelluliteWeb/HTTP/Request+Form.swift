import Vapor

extension Request {
    /// An urlencoded form body, parsed once (with the query limits) for the CSRF check and the page.
    func formParameters(limits: QueryLimits) throws -> QueryParameters {
        if let parsed = storage[ParsedFormKey.self] { return parsed }
        do {
            let form = try QueryParameters(encoded: body.string, limits: limits)
            storage[ParsedFormKey.self] = form
            return form
        } catch {
            throw error.rejection
        }
    }
}

private struct ParsedFormKey: StorageKey {
    typealias Value = QueryParameters
}
