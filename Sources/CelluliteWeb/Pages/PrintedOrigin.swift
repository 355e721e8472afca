import Vapor

extension Request {
    /// "https://example.org", from the Host header the browser sent, for addresses printed on
    /// paper only (links on the page stay relative); nil when there is no usable host.
    var printedOrigin: String? {
        guard let host = headers.first(name: .host), !host.isEmpty,
            host.utf8.allSatisfy(Self.isHostByte)
        else { return nil }
        let scheme = headers.first(name: "X-Forwarded-Proto") == "https" ? "https" : "http"
        return "\(scheme)://\(host)"
    }

    /// ASCII letters and digits and `.-:[]`: a name, an IPv4 or a bracketed IPv6 address with a
    /// port. Checked on bytes, not Characters (a plan page asks on every request).
    static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"),
            UInt8(ascii: "["), UInt8(ascii: "]"):
            true
        default: false
        }
    }
}
