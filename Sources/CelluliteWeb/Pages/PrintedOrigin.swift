import Vapor

extension Request {
    /// "https://example.org", from the Host header the browser sent, for addresses printed on
    /// paper only (links on the page stay relative); nil when there is no usable host.
    var printedOrigin: String? {
        guard let host = headers.first(name: .host), !host.isEmpty,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) })
        else { return nil }
        let scheme = headers.first(name: "X-Forwarded-Proto") == "https" ? "https" : "http"
        return "\(scheme)://\(host)"
    }
}
