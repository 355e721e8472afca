import NIOCore

/// What one client may hold of the server: how many connections are open at once and how long
/// each may take over its parts (security review D6, D19). The defaults suit a small app behind
/// no proxy; a proxy in front usually has its own, tighter ones.
public struct ConnectionLimits: Sendable, Hashable {
    /// Open connections at once; one more is closed as soon as it is accepted.
    public var maxConnections: Int
    /// From accepting a connection, or from the first byte of a later request, to its whole head.
    public var headerTimeout: Duration
    /// From the end of a response to the first byte of the next request on that connection.
    public var idleTimeout: Duration
    /// From the request head to the end of its body.
    public var bodyTimeout: Duration
    /// After refusing a body (413), how long the server reads and drops what is still arriving
    /// before it closes, so the client gets to read the response instead of a reset.
    public var lingerTimeout: Duration

    public init(
        maxConnections: Int = 512, headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(15),
        bodyTimeout: Duration = .seconds(10), lingerTimeout: Duration = .seconds(2)
    ) {
        self.maxConnections = maxConnections
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.bodyTimeout = bodyTimeout
        self.lingerTimeout = lingerTimeout
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
