import CelluliteKit
import Vapor

/// The domain services every controller needs, built once at configure time.
public struct WebContext: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let planEngine: PlanEngine
    public let answerer: Answerer
    public let clock: WebClock

    public init(knowledgeBase: KnowledgeBase, clock: WebClock = .system) {
        self.knowledgeBase = knowledgeBase
        self.planEngine = PlanEngine(knowledgeBase: knowledgeBase)
        self.answerer = Answerer(knowledgeBase: knowledgeBase)
        self.clock = clock
    }
}

extension Application {
    private struct WebContextKey: StorageKey {
        typealias Value = WebContext
    }

    /// Set by `configure`; reading it earlier is a programming error.
    public var webContext: WebContext {
        get {
            guard let context = storage[WebContextKey.self] else {
                fatalError("configure(_:settings:) has not run: no WebContext in app.storage")
            }
            return context
        }
        set { storage[WebContextKey.self] = newValue }
    }
}

extension Request {
    public var webContext: WebContext { application.webContext }
}
