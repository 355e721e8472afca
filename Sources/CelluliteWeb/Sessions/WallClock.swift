import Foundation

/// Where the web layer reads the time (token and session expiry, purges), so tests can move it.
public protocol WallClock: Sendable {
    func now() -> Date
}

public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}
