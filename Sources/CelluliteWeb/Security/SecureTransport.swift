import Vapor

extension Request {
    /// True when the browser reached us over HTTPS. This server speaks plain HTTP, so that can only
    /// be through a proxy that terminates TLS, and only a proxy we were told to trust: anyone can
    /// send the header.
    func arrivedOverHTTPS(trustingProxy: Bool) -> Bool {
        guard trustingProxy, let header = headers.first(name: "X-Forwarded-Proto") else { return false }
        // The nearest proxy, ours, appends its hop last.
        let proto = header.split(separator: ",").last?.trimmingCharacters(in: .whitespaces).lowercased()
        return proto == "https"
    }
}
